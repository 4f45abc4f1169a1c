import { compareLevels } from '../compare/diff.ts';
import { summariseComparison } from '../compare/summary.ts';
import { useTranslations } from '../i18n/index.ts';
import { zonedPayText } from '../pay/format.ts';
import { publishedPay } from '../pay/ranges.ts';
import { usePayStrings } from '../pay/strings.ts';
import type { LevelData } from '../schemas/index.ts';
import { formatNumber } from './format.ts';
import type { Ladder, Level, Theme } from './model.ts';

/** How many themes a card or preview names: more would not be legible in a thumbnail. */
const themeLimit = 3;

/** What a link preview or a share card says about a level beyond its title. */
export interface LevelHighlights {
  /** One sentence on what sets the level apart: its first differentiator, else its summary. */
  apart: string;
  /**
   * Themes where the level changes most from the level below, most changed first; for the
   * first level of a track, its essential and important themes.
   */
  themes: Theme[];
  /** Whether `themes` are the ones that change most (there is a level below to compare with). */
  changed: boolean;
  /** The pay range of the default zone in words, with the zone's name; undefined when not published. */
  pay?: string;
  /** Typical time in level in words, such as `Typically 24 to 42 months in level`. */
  timeInLevel?: string;
}

/** Typical time in level in words: `24 to 42 months`, `at least 36 months`. */
export function timeInLevelText(range: NonNullable<LevelData['timeInLevel']>, locale: string): string {
  const t = useTranslations(locale);
  const min = formatNumber(range.min, locale);
  return range.max === undefined
    ? t('months.atLeast', { min })
    : t('months.range', { min, max: formatNumber(range.max, locale) });
}

/*
 * The themes found for each pair of levels. A level's page, self-assessment page, link preview
 * and share card all name them, and comparing two levels is the costliest step of a page:
 * compare once per pair. Keyed by the level objects of one read of the ladder, so a new read
 * (the dev server after an edit) starts afresh, and only the few themes are kept.
 */
const mostChangedByPair = new WeakMap<Level, WeakMap<Level, Theme[]>>();

/**
 * Themes that change most between two levels, by words changed in their behaviours, so a card
 * of a VP names strategy and people leadership rather than the same three themes as every level.
 */
export function mostChangedThemes(from: Level, to: Level): Theme[] {
  const byTarget = mostChangedByPair.get(from) ?? new WeakMap<Level, Theme[]>();
  mostChangedByPair.set(from, byTarget);
  const known = byTarget.get(to);
  if (known) return known;
  const themes = summariseComparison(compareLevels(from, to), themeLimit).mostChanged.map(
    (change) => change.theme,
  );
  byTarget.set(to, themes);
  return themes;
}

/** What sets a level apart, for its share card, link preview and job-offer snippets. */
export function levelHighlights(level: Level, ladder: Ladder, locale = ladder.locale): LevelHighlights {
  const p = usePayStrings(locale);
  const changedThemes = level.previous ? mostChangedThemes(level.previous, level) : [];
  const themes = changedThemes.length
    ? changedThemes
    : Object.keys(level.data.expectations)
        .filter((id) => level.data.expectations[id].assessed)
        .map((id) => ladder.themes.find((theme) => theme.id === id))
        .filter((theme): theme is Theme => theme !== undefined && theme.data.importance !== 'supporting')
        .slice(0, themeLimit);
  const [range] = publishedPay(level);
  return {
    apart:
      level.data.differentiators[0] ?? level.data.summary ?? level.data.scope ?? level.track.data.summary,
    themes,
    changed: changedThemes.length > 0,
    ...(range ? { pay: zonedPayText(range, locale) } : {}),
    ...(level.data.timeInLevel
      ? { timeInLevel: p('card.timeInLevel', { time: timeInLevelText(level.data.timeInLevel, locale) }) }
      : {}),
  };
}

/** A level's link-preview description: what sets it apart, its pay and its time in level. */
export function levelPreviewDescription(level: Level, ladder: Ladder, locale = ladder.locale): string {
  const highlights = levelHighlights(level, ladder, locale);
  const p = usePayStrings(locale);
  return [
    highlights.apart,
    highlights.pay ? `${p('payLine', { pay: highlights.pay })}.` : undefined,
    highlights.timeInLevel ? `${highlights.timeInLevel}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

import { useTranslations } from '../i18n/index.ts';
import { rankText } from '../ladder/format.ts';
import { levelHighlights, mostChangedThemes } from '../ladder/highlights.ts';
import {
  compareThemes,
  type Ladder,
  levelThemeGroups,
  type Theme,
  themeAcrossTracks,
} from '../ladder/model.ts';
import type { PageRoute } from '../ladder/routes.ts';
import { payStepText } from '../pay/format.ts';
import { payStep, publishedPay } from '../pay/ranges.ts';
import { usePayStrings } from '../pay/strings.ts';

/**
 * Everything a share card shows, as plain data. Every kind of page maps to this one shape,
 * so the template has no per-kind branches, and the cache key is the hash of this object:
 * whatever changes the picture must live here.
 */
export interface CardData {
  /** Language of the texts, so the card and the page it stands for agree. */
  locale: string;
  /** Company name, top left, next to the logo. */
  organisation: string;
  /** Name of the ladder, after the company name. Left out where the title already says it. */
  ladder?: string;
  /** Background colour: the brand colour from the settings, as `#rrggbb`. */
  brand: string;
  /** The company logo as a `data:` URI, read from `public/`; absent when there is none. */
  logo?: string;
  /** Small line above the title: where the page sits (track and rank, theme group, guide). */
  eyebrow?: string;
  /** Short level code drawn as a badge before the title, such as `P3`. */
  code?: string;
  /** The page's title, the biggest text on the card. */
  title: string;
  /** One or two sentences under the title. */
  summary: string;
  /** One line of key facts under the summary, such as a level's pay range and time in level. */
  facts?: string;
  /** Where a level sits in its track, drawn as a small ladder of bars. */
  rank?: { position: number; count: number };
  /** What the tags are, written before them, such as `Key themes`. */
  tagsLabel?: string;
  /** A few short labels at the bottom, such as the level's most important themes. */
  tags: string[];
  /**
   * The two levels a comparison page compares, drawn side by side in place of the title and
   * summary (which stay, for the card's text alternative).
   */
  pair?: CardPair;
}

/** The two levels of a comparison page, in its order: from one level, to the other. */
export interface CardPair {
  from: CardLevel;
  to: CardLevel;
}

/** A level as a comparison card shows it. */
export interface CardLevel {
  /** The level's short code, such as `P3`. */
  code: string;
  /** The level's title. */
  title: string;
  /** The level's track, named when the two levels are in different tracks. */
  track?: string;
}

/**
 * Numbers as the card fonts can draw them: Inter has no glyph for the narrow no-break space
 * that French and other languages put between thousands (`70 000 €`), and a no-break space
 * keeps the digits grouped and on one line just the same.
 */
function cardNumbers(text: string): string {
  return text.replace(/\u202f/g, '\u00a0');
}

/** How many themes a card names: more would not be legible in a thumbnail. */
const maxThemes = 3;

/** The themes a reader should know first: essential and important ones, most important first. */
function keyThemes(themes: Theme[]): string[] {
  return [...themes]
    .sort(compareThemes)
    .filter((theme) => theme.data.importance !== 'supporting')
    .slice(0, maxThemes)
    .map((theme) => theme.data.title);
}

/**
 * Derives the content of a page's share card from its route and the ladder. This is the one
 * place that knows what each kind of page puts on its card; kinds without a case of their own
 * (pages added later) still get a card, about their track when they have one, else the ladder.
 */
export function cardContent(route: PageRoute, ladder: Ladder, options: { logo?: string } = {}): CardData {
  const { settings } = ladder;
  const t = useTranslations(route.locale);
  const base = {
    locale: route.locale,
    organisation: settings.organisation.name,
    ladder: settings.title,
    brand: settings.colours.brand,
    ...(options.logo ? { logo: options.logo } : {}),
  };
  switch (route.kind) {
    case 'home':
      return {
        ...base,
        ladder: undefined,
        title: settings.title,
        summary: settings.description,
        tagsLabel: t('home.tracks'),
        tags: ladder.tracks.map((track) => track.data.title),
      };
    case 'track': {
      const track = ladder.tracks.find((tr) => tr.id === route.trackId);
      if (!track) break;
      return {
        ...base,
        eyebrow: t(`track.kind.${track.data.kind}`),
        title: track.data.title,
        summary: track.data.summary,
        tagsLabel: t('home.levelCount', { count: track.levels.length }),
        tags: track.levels.map((level) => level.data.code),
      };
    }
    case 'level': {
      const level = ladder.levels.find((l) => l.id === route.levelId);
      if (!level) break;
      const position = level.track.levels.indexOf(level) + 1;
      const count = level.track.levels.length;
      // What sets the level apart, rather than the same important themes on every card.
      const highlights = levelHighlights(level, ladder, route.locale);
      const tags = highlights.themes.map((theme) => theme.data.title);
      const facts = cardNumbers([highlights.pay, highlights.timeInLevel].filter(Boolean).join(' · '));
      return {
        ...base,
        eyebrow: `${level.track.data.title} · ${rankText(level, t)}`,
        code: level.data.code,
        title: level.data.title,
        summary: highlights.apart,
        ...(facts ? { facts } : {}),
        rank: { position, count },
        ...(tags.length
          ? {
              tagsLabel: highlights.changed ? usePayStrings(route.locale)('card.apart') : t('card.keyThemes'),
            }
          : {}),
        tags,
      };
    }
    case 'theme': {
      const theme = ladder.themes.find((th) => th.id === route.themeId);
      if (!theme) break;
      return {
        ...base,
        eyebrow: theme.data.importance
          ? `${theme.groupTitle} · ${t(`theme.importance.${theme.data.importance}`)}`
          : theme.groupTitle,
        title: theme.data.title,
        summary: theme.data.summary,
        tagsLabel: t('theme.tracks'),
        tags: themeAcrossTracks(ladder, theme).map((row) => row.track.data.title),
      };
    }
    case 'guide': {
      const guide = ladder.guides.find((g) => g.id === route.guideId);
      if (!guide) break;
      return {
        ...base,
        eyebrow: t('card.guide'),
        title: guide.data.title,
        summary: guide.data.description,
        tags: [],
      };
    }
    case 'matrix': {
      const track = ladder.tracks.find((tr) => tr.id === route.trackId);
      if (!track) break;
      return {
        ...base,
        eyebrow: track.data.title,
        title: t('matrix.heading'),
        summary: t('matrix.description', { track: track.data.title }),
        tagsLabel: t('home.levelCount', { count: track.levels.length }),
        tags: track.levels.map((level) => level.data.code),
      };
    }
    case 'compare': {
      const from = ladder.levels.find((l) => l.id === route.fromLevelId);
      const to = ladder.levels.find((l) => l.id === route.toLevelId);
      if (!from || !to) break;
      const changed = mostChangedThemes(from, to).map((theme) => theme.data.title);
      const tags = changed.length
        ? changed
        : keyThemes(levelThemeGroups(to).flatMap((group) => group.themes));
      const [step] = payStep(publishedPay(from), publishedPay(to));
      const p = usePayStrings(route.locale);
      const crossTrack = from.track !== to.track;
      const cardLevel = (level: typeof from): CardLevel => ({
        code: level.data.code,
        title: level.data.title,
        ...(crossTrack ? { track: level.track.data.title } : {}),
      });
      return {
        ...base,
        eyebrow:
          from.track === to.track
            ? `${to.track.data.title} · ${t('compare.eyebrow')}`
            : t('compare.eyebrow.switch'),
        title: t('compare.title', { from: from.data.title, to: to.data.title }),
        summary: t('compare.description', { from: from.data.code, to: to.data.code }),
        ...(step
          ? {
              facts: cardNumbers(
                p('stepLine', {
                  zone: step.zoneLabel ? ` (${step.zoneLabel})` : '',
                  step: payStepText(step, route.locale),
                }),
              ),
            }
          : {}),
        ...(tags.length ? { tagsLabel: changed.length ? p('card.changes') : t('card.keyThemes') } : {}),
        tags,
        pair: { from: cardLevel(from), to: cardLevel(to) },
      };
    }
    case 'open-data': {
      const p = usePayStrings(route.locale);
      return {
        ...base,
        title: p('openData'),
        summary: p('openData.intro'),
        tags: ['ladder.json', 'CSV', 'JSON Schema'],
      };
    }
    case 'search':
      return { ...base, title: t('search.title'), summary: t('search.description'), tags: [] };
    case 'assess': {
      // A self-assessment card names its level: each level's differs, and says what it is for.
      const level = ladder.levels.find((l) => l.id === route.levelId);
      if (!level) break;
      return {
        ...base,
        eyebrow: `${level.track.data.title} · ${t('assess.breadcrumb')}`,
        code: level.data.code,
        title: t('assess.title', { level: level.data.title }),
        summary: t('assess.intro', { level: level.data.code }),
        tags: [],
      };
    }
  }
  // A kind this function does not know yet, or an id that no longer resolves.
  const { trackId } = route as { trackId?: string };
  const track = ladder.tracks.find((tr) => tr.id === trackId);
  return track
    ? {
        ...base,
        eyebrow: t(`track.kind.${track.data.kind}`),
        title: track.data.title,
        summary: track.data.summary,
        tags: [],
      }
    : { ...base, ladder: undefined, title: settings.title, summary: settings.description, tags: [] };
}

/**
 * Text alternative of a card image, for `og:image:alt` and the job-offer snippets: what the
 * card says, in reading order, without repeating the page's whole text.
 */
export function cardAlt(card: CardData): string {
  const heading = [card.code, card.title].filter(Boolean).join(' ');
  // The facts (a level's pay) and what the tags name are what a card says beyond its title.
  const tags = card.tags.length
    ? [card.tagsLabel ? `${card.tagsLabel}: ${card.tags.join(', ')}` : card.tags.join(', ')]
    : [];
  return [heading, card.eyebrow, card.organisation, card.facts, ...tags].filter(Boolean).join(' · ');
}

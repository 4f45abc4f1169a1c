import { numberFormat } from '../i18n/formatters.ts';
import type { Translate } from '../i18n/index.ts';
import { type Level, positionInTrack } from './model.ts';

/** Formats a whole number for the locale. */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/**
 * Where a level sits, in words: "Level 2 of 5" when the track's ranks run 1, 2, 3..., else the
 * rank on the company's scale and the position in the track ("Level 3, 1 of 5 in this track"),
 * so a manager track that starts at 3 never reads "Level 1".
 */
export function rankText(level: Level, t: Translate): string {
  const { position, count } = positionInTrack(level);
  const fromOne = level.track.levels.every((other, index) => other.data.rank === index + 1);
  return fromOne
    ? t('level.rank', { rank: position, count })
    : t('level.rankOnScale', { rank: level.data.rank, position, count });
}

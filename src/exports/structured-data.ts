import type { Ladder, Level } from '../ladder/model.ts';
import { urlsFor } from '../ladder/urls.ts';
import { publishedPay } from '../pay/ranges.ts';
import type { PayRange } from '../schemas/index.ts';

/** A schema.org node as JSON-LD: a plain object with `@type`. */
export type JsonLd = { '@type': string; [property: string]: unknown };

/** ISO 8601 durations of the pay periods, as schema.org's `duration` expects. */
const durations: Record<PayRange['period'], string> = { year: 'P1Y', month: 'P1M', day: 'P1D', hour: 'PT1H' };

/** Months usually spent in the levels below this one: how long people typically take to reach it. */
function monthsToReach(level: Level): number | undefined {
  const below = level.track.levels.slice(0, level.track.levels.indexOf(level));
  if (below.length === 0 || below.some((l) => !l.data.timeInLevel)) return undefined;
  return below.reduce((months, l) => months + (l.data.timeInLevel?.min ?? 0), 0);
}

/**
 * A level as a schema.org `Occupation`, for search engines and job boards: its skills (the
 * themes it assesses), responsibilities (its behaviours), experience (prerequisites and the
 * time usually spent in the levels below) and `estimatedSalary`, one
 * `MonetaryAmountDistribution` per published zone, from the same ranges as the page. Every
 * property is one schema.org defines for its type (`tests/support/schema-org.ts` checks).
 */
export function levelOccupation(
  level: Level,
  ladder: Ladder,
  locale = ladder.locale,
): JsonLd & { '@context': string } {
  const { settings } = ladder;
  const urls = urlsFor(settings, locale);
  const assessed = Object.entries(level.data.expectations).filter(([, cell]) => cell.assessed);
  const skills = assessed
    .map(([id]) => ladder.themes.find((theme) => theme.id === id)?.data.title)
    .filter((title): title is string => title !== undefined);
  const responsibilities = assessed.flatMap(([, cell]) => (cell.assessed ? cell.behaviours : []));
  const months = monthsToReach(level);
  const experience: (string | JsonLd)[] = [...level.data.prerequisites];
  if (months !== undefined && months > 0) {
    experience.push({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: months });
  }
  const salary = publishedPay(level).map(
    (range): JsonLd => ({
      '@type': 'MonetaryAmountDistribution',
      name: range.zoneLabel ?? settings.organisation.name,
      currency: range.currency,
      duration: durations[range.period],
      // schema.org's distribution has no bounds: the bottom and top of a published range go in
      // the 10th and 90th percentiles, which search engines read as the range of a salary.
      percentile10: range.min,
      percentile90: range.max,
      ...(range.note ? { description: range.note } : {}),
    }),
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: level.data.title,
    alternateName: level.data.code,
    description: level.data.summary ?? level.data.scope ?? level.track.data.summary,
    url: urls.absolute(urls.level(level.track.id, level.id)),
    occupationalCategory: level.track.data.title,
    ...(skills.length ? { skills } : {}),
    ...(responsibilities.length ? { responsibilities } : {}),
    ...(experience.length ? { experienceRequirements: experience } : {}),
    ...(salary.length ? { estimatedSalary: salary } : {}),
  };
}

/** The ladder as a schema.org `ItemList` for the home page: each track, holding its levels in order. */
export function ladderItemList(ladder: Ladder, locale = ladder.locale): JsonLd & { '@context': string } {
  const urls = urlsFor(ladder.settings, locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: `${ladder.settings.organisation.name} · ${ladder.settings.title}`,
    url: urls.absolute(urls.home()),
    numberOfItems: ladder.tracks.length,
    itemListElement: ladder.tracks.map((track, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: {
        '@type': 'ItemList',
        name: track.data.title,
        url: urls.absolute(urls.track(track.id)),
        numberOfItems: track.levels.length,
        itemListElement: track.levels.map((level, position) => ({
          '@type': 'ListItem',
          position: position + 1,
          name: `${level.data.code} ${level.data.title}`,
          url: urls.absolute(urls.level(track.id, level.id)),
        })),
      },
    })),
  };
}

/** JSON-LD as the text of a `<script>` element: `<` escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

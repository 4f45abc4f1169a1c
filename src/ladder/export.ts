import { comparisonPairs } from '../compare/pairs.ts';
import { defaultZone } from '../pay/ranges.ts';
import type { Ladder } from './model.ts';
import { urlsFor } from './urls.ts';

/**
 * The whole ladder as plain data, for `ladder.json`: HR tools, job boards and scripts read
 * it instead of scraping pages. Every `url` is the absolute URL of the entry's page.
 * Comparison URLs (`nextLevelUrl`, `comparisons`) point at pages that exist: both come from
 * the same list of pairs as the routes.
 */
export function ladderToJson(ladder: Ladder, locale = ladder.settings.locales[0].code) {
  const { settings } = ladder;
  const urls = urlsFor(settings, locale);
  const absolute = (path: string) => urls.absolute(path);
  const pairs = comparisonPairs(ladder);
  return {
    organisation: settings.organisation.name,
    title: settings.title,
    description: settings.description,
    locale,
    url: absolute(urls.home()),
    // The version pages show in their footer, and its day: the newest entry of the changelog.
    version: ladder.changelog[0]?.version ?? null,
    versionDate: ladder.changelog[0]?.date ?? null,
    changesUrl: ladder.changelog.length ? absolute(urls.changes()) : null,
    reviewCycleMonths: settings.reviewCycleMonths,
    pay: {
      published: settings.showPay,
      asOf: settings.pay.asOf ?? null,
      defaultZone: defaultZone(settings) ?? null,
      zones: settings.pay.zones.map((zone) => ({ id: zone.id, label: zone.label })),
      criteriaUrl: settings.pay.criteria ? absolute(urls.guide(settings.pay.criteria)) : null,
    },
    licence: settings.licence ? { name: settings.licence.name, url: settings.licence.url ?? null } : null,
    themeGroups: ladder.groups.map((group) => ({
      id: group.id,
      title: group.title,
      themes: group.themes.map((t) => t.id),
    })),
    tracks: ladder.tracks.map((track) => ({
      id: track.id,
      title: track.data.title,
      kind: track.data.kind,
      summary: track.data.summary,
      cumulative: track.cumulative,
      extends: track.base?.id ?? null,
      showPay: track.data.showPay ?? settings.showPay,
      url: absolute(urls.track(track.id)),
      matrixUrl: absolute(urls.matrix(track.id)),
      levels: track.levels.map((level) => level.id),
      themes: track.groups.flatMap((group) => group.themes.map((t) => t.id)),
    })),
    levels: ladder.levels.map((level) => ({
      id: level.id,
      track: level.track.id,
      rank: level.data.rank,
      code: level.data.code,
      title: level.data.title,
      url: absolute(urls.level(level.track.id, level.id)),
      summary: level.data.summary ?? null,
      scope: level.data.scope ?? null,
      prerequisites: level.data.prerequisites,
      differentiators: level.data.differentiators,
      timeInLevelMonths: level.data.timeInLevel ?? null,
      pay: level.data.pay ?? null,
      payRanges: level.data.payRanges,
      equivalent: level.equivalent?.id ?? null,
      previous: level.previous?.id ?? null,
      next: level.next?.id ?? null,
      nextLevelUrl: level.next ? absolute(urls.compare(level.id, level.next.id)) : null,
      comparisons: pairs
        .filter((pair) => pair.from === level)
        .map((pair) => ({
          to: pair.to.id,
          url: absolute(urls.compare(level.id, pair.to.id)),
        })),
      aliases: level.data.aliases,
      facts: level.data.facts,
      expectations: Object.fromEntries(
        level.track.groups
          .flatMap((group) => group.themes)
          .filter((theme) => level.data.expectations[theme.id]?.assessed)
          .map((theme) => {
            const cell = level.data.expectations[theme.id];
            const attached = cell.behaviourExamples.some((examples) => examples.length > 0);
            return [
              theme.id,
              {
                behaviours: cell.behaviours,
                examples: cell.examples,
                ...(attached ? { behaviourExamples: cell.behaviourExamples } : {}),
                ...(cell.inheritedFrom ? { inheritedFrom: cell.inheritedFrom } : {}),
              },
            ];
          }),
      ),
      notAssessed: level.track.groups
        .flatMap((group) => group.themes)
        .filter((theme) => level.data.expectations[theme.id]?.assessed === false)
        .map((theme) => theme.id),
    })),
    themes: ladder.themes.map((theme) => ({
      id: theme.id,
      title: theme.data.title,
      group: theme.data.group,
      importance: theme.data.importance ?? null,
      assessed: theme.data.assessed ?? null,
      summary: theme.data.summary,
      tracks: theme.data.tracks ?? ladder.tracks.map((t) => t.id),
      url: absolute(urls.theme(theme.id)),
    })),
    guides: ladder.guides.map((guide) => ({
      id: guide.id,
      title: guide.data.title,
      description: guide.data.description,
      url: absolute(urls.guide(guide.id)),
    })),
  };
}

import type { LadderSource, SourceEntry } from './load.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** Track ids that would clash with the site's own top-level URLs. */
export const reservedTrackIds = ['themes', 'guides', 'compare', 'search', 'pagefind', 'cards', 'redirects'];
/** Level ids that would clash with a track's own sub-pages, such as `/<track>/matrix/`. */
export const reservedLevelIds = ['matrix'];

/**
 * Checks what no single file can check on its own: references between files, duplicates,
 * coverage of themes per level, and consistency of ranges. Works on source-locale entries.
 */
export function checkLadderRules(ladder: LadderSource): Problem[] {
  const problems: Problem[] = [];
  const defaultLocale = ladder.settings.locales[0].code;
  const only = <T>(entries: SourceEntry<T>[]) => entries.filter((e) => e.locale === defaultLocale);
  const tracks = only(ladder.tracks);
  const themes = only(ladder.themes);
  const levels = only(ladder.levels);
  const guides = only(ladder.guides);

  const report = (
    entry: SourceEntry<unknown>,
    path: PropertyKey[],
    message: string,
    severity: Problem['severity'] = 'error',
  ) =>
    problems.push({
      file: entry.source.file,
      line: path.length ? entry.source.lineOf(path) : 1,
      field: path.length ? path.map(String).join('.') : undefined,
      message,
      severity,
    });

  // Ids come from file names, so two files with the same name in different folders clash.
  for (const [kind, entries] of [
    ['track', tracks],
    ['theme', themes],
    ['level', levels],
    ['guide', guides],
  ] as const) {
    const seen = new Map<string, SourceEntry<unknown>>();
    for (const entry of entries as SourceEntry<unknown>[]) {
      const first = seen.get(entry.id);
      if (first) {
        report(
          entry,
          [],
          `duplicate ${kind} id \`${entry.id}\`: ${first.source.file} has the same file name. Ids come from file names and must be unique; rename one of the files.`,
        );
      } else seen.set(entry.id, entry);
    }
  }

  // Suggestions include files that failed validation: they exist, the author just has to fix them.
  const trackIds = [...tracks.map((t) => t.id), ...ladder.brokenIds.tracks];
  const themeIds = [...themes.map((t) => t.id), ...ladder.brokenIds.themes];
  const levelIds = [...levels.map((l) => l.id), ...ladder.brokenIds.levels];
  const knownTrack = (id: string) => trackIds.includes(id);
  const knownTheme = (id: string) => themeIds.includes(id);
  const groupIds = ladder.settings.themeGroups.map((g) => g.id);

  if (tracks.length === 0 && ladder.brokenIds.tracks.size === 0) {
    problems.push({
      file: ladder.settingsFile,
      line: 1,
      message: 'the ladder has no track. Add a file such as content/tracks/product-management.yaml.',
      severity: 'error',
    });
  }

  for (const track of tracks) {
    if (reservedTrackIds.includes(track.id)) {
      report(track, [], `track id \`${track.id}\` is reserved for the site's own pages. Rename the file.`);
    }
    if (!levels.some((l) => l.data.track === track.id) && !ladder.brokenIds.levels.size) {
      report(
        track,
        [],
        `track \`${track.id}\` has no level. Add a level file with \`track: ${track.id}\`.`,
        'warning',
      );
    }
  }

  for (const theme of themes) {
    if (!groupIds.includes(theme.data.group)) {
      report(
        theme,
        ['group'],
        `unknown theme group \`${theme.data.group}\`.${didYouMean(theme.data.group, groupIds)} Groups are listed in settings.yaml \`themeGroups\`.`,
      );
    }
    theme.data.tracks?.forEach((trackId, index) => {
      if (!knownTrack(trackId)) {
        report(theme, ['tracks', index], `unknown track \`${trackId}\`.${didYouMean(trackId, trackIds)}`);
      }
    });
  }

  /** Themes that apply to a track: those without `tracks`, and those that list it. */
  const themesOfTrack = (trackId: string) =>
    themes.filter((theme) => !theme.data.tracks || theme.data.tracks.includes(trackId));

  const ranks = new Map<string, SourceEntry<unknown>>();
  const codes = new Map<string, SourceEntry<unknown>>();
  for (const level of levels) {
    const { data } = level;
    if (reservedLevelIds.includes(level.id)) {
      report(level, [], `level id \`${level.id}\` is reserved for a track page. Rename the file.`);
    }
    const trackKnown = knownTrack(data.track);
    if (!trackKnown) {
      report(level, ['track'], `unknown track \`${data.track}\`.${didYouMean(data.track, trackIds)}`);
    }

    const rankKey = `${data.track}#${data.rank}`;
    const sameRank = ranks.get(rankKey);
    if (sameRank) {
      report(
        level,
        ['rank'],
        `rank ${data.rank} is already used in track \`${data.track}\` by ${sameRank.source.file}. Give each level of a track its own rank.`,
      );
    } else ranks.set(rankKey, level);

    const sameCode = codes.get(data.code.toLowerCase());
    if (sameCode) {
      report(
        level,
        ['code'],
        `code \`${data.code}\` is already used by ${sameCode.source.file}. Codes must be unique across the ladder.`,
      );
    } else codes.set(data.code.toLowerCase(), level);

    if (data.pay && data.pay.min > data.pay.max) {
      report(
        level,
        ['pay', 'min'],
        `pay \`min\` (${data.pay.min}) is above \`max\` (${data.pay.max}). Swap them or fix the range.`,
      );
    }
    if (data.timeInLevel?.max !== undefined && data.timeInLevel.min > data.timeInLevel.max) {
      report(
        level,
        ['timeInLevel', 'min'],
        `\`min\` (${data.timeInLevel.min} months) is above \`max\` (${data.timeInLevel.max}). Swap them or fix the range.`,
      );
    }

    if (data.equivalent !== undefined) {
      const other = levels.find((l) => l.id === data.equivalent);
      if (!other && !ladder.brokenIds.levels.has(data.equivalent)) {
        report(
          level,
          ['equivalent'],
          `unknown level \`${data.equivalent}\`.${didYouMean(
            data.equivalent,
            levelIds.filter((id) => id !== level.id),
          )}`,
        );
      } else if (other && other.data.track === data.track) {
        report(
          level,
          ['equivalent'],
          `\`${data.equivalent}\` is in the same track. \`equivalent\` names a level of another track; remove it or pick one.`,
        );
      }
    }

    const applicable = themesOfTrack(data.track).map((t) => t.id);
    for (const themeId of Object.keys(data.expectations)) {
      if (!knownTheme(themeId)) {
        report(
          level,
          ['expectations', themeId],
          `unknown theme \`${themeId}\`.${didYouMean(themeId, themeIds)} Themes are the files in content/themes/.`,
        );
      } else if (trackKnown && !ladder.brokenIds.themes.has(themeId) && !applicable.includes(themeId)) {
        report(
          level,
          ['expectations', themeId],
          `theme \`${themeId}\` does not apply to track \`${data.track}\`. Remove it here, or add \`${data.track}\` to the theme's \`tracks\`.`,
        );
      }
    }
    if (trackKnown) {
      for (const themeId of applicable) {
        if (!(themeId in data.expectations)) {
          report(
            level,
            ['expectations'],
            `no expectations for theme \`${themeId}\`, which applies to track \`${data.track}\`. Add \`${themeId}:\` under \`expectations\` with its \`behaviours\` and \`examples\`.`,
          );
        }
      }
    }
  }

  // A former id must not point at two places, nor hide a current id.
  for (const [kind, entries] of [
    ['track', tracks],
    ['theme', themes],
    ['level', levels],
    ['guide', guides],
  ] as const) {
    const owners = new Map<string, SourceEntry<{ aliases: string[] }>>();
    for (const entry of entries as SourceEntry<{ aliases: string[] }>[]) {
      entry.data.aliases.forEach((alias, index) => {
        if ((entries as SourceEntry<unknown>[]).some((e) => e.id === alias)) {
          report(
            entry,
            ['aliases', index],
            `alias \`${alias}\` is the id of an existing ${kind}. An alias is a former id; remove it.`,
          );
        }
        const owner = owners.get(alias);
        if (owner && owner !== entry) {
          report(
            entry,
            ['aliases', index],
            `alias \`${alias}\` is also an alias of ${owner.source.file}. A former id can redirect to one ${kind} only.`,
          );
        }
        owners.set(alias, entry);
      });
    }
  }

  return problems;
}

import type { LadderSource, SourceEntry } from './load.ts';
import { contentComponents } from './mdx.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

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

  // Settings lists whose items are looked up by id: a second item with the same id would be
  // shown twice or never.
  const reportDuplicates = (ids: string[], list: 'locales' | 'themeGroups', name: string) =>
    ids.forEach((id, index) => {
      if (ids.indexOf(id) === index) return;
      problems.push({
        file: ladder.settingsFile,
        line: ladder.settingsSource.lineOf([list, index, name]),
        field: `${list}.${index}.${name}`,
        message: `\`${id}\` is listed twice in \`${list}\`. Keep one of them.`,
        severity: 'error',
      });
    });
  reportDuplicates(
    ladder.settings.locales.map((locale) => locale.code),
    'locales',
    'code',
  );
  reportDuplicates(
    ladder.settings.themeGroups.map((group) => group.id),
    'themeGroups',
    'id',
  );

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

  // Links written with Echelon's MDX components must lead somewhere, in every language.
  const idsOf = {
    levels: levelIds,
    themes: themeIds,
    guides: [...guides.map((g) => g.id), ...ladder.brokenIds.guides],
  };
  const bodies = [
    ...ladder.themes,
    ...ladder.levels,
    ...ladder.guides,
    ...ladder.translations.themes,
    ...ladder.translations.levels,
    ...ladder.translations.guides,
  ];
  for (const entry of bodies as SourceEntry<unknown>[]) {
    for (const use of entry.components) {
      const component = contentComponents.find((c) => c.name === use.name);
      const id = use.attributes.id;
      if (!component?.references || id === undefined) continue;
      const known = idsOf[component.references];
      const singular = component.references.slice(0, -1);
      if (!known.includes(id)) {
        problems.push({
          file: entry.source.file,
          line: use.line,
          message: `\`<${use.name} id="${id}">\`: unknown ${singular}.${didYouMean(id, known)}`,
          severity: 'error',
        });
        continue;
      }
      const theme = use.attributes.theme;
      if (use.name === 'LevelLink' && theme !== undefined) {
        const level = levels.find((l) => l.id === id);
        if (level && !(theme in level.data.expectations)) {
          problems.push({
            file: entry.source.file,
            line: use.line,
            message: `\`<LevelLink id="${id}" theme="${theme}">\`: the level has no theme \`${theme}\`.${didYouMean(theme, Object.keys(level.data.expectations))}`,
            severity: 'error',
          });
        }
      }
    }
  }

  return problems;
}

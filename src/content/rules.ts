import { assessedAtRank, type CellSources, resolveCell, trackLineage } from '../ladder/cells.ts';
import { checkPayRules } from '../pay/rules.ts';
import { notAssessed, type ThemeData } from '../schemas/index.ts';
import { contrastRatio, darkBackground, minimumContrast, nearestPassing, ratioText } from './contrast.ts';
import { bodyHeadings } from './headings.ts';
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

  // Brand colours carry text: white on `brand` (buttons, level codes), and `brandDark` on the
  // dark background (links, codes). A colour that fails WCAG AA would make them hard to read.
  const { brand, brandDark } = ladder.settings.colours;
  for (const [name, colour, against, pair, toward, fix] of [
    ['brand', brand, '#ffffff', `white text on \`${brand}\``, '#000000', 'darker'],
    [
      'brandDark',
      brandDark,
      darkBackground,
      `\`${brandDark}\` on the dark background \`${darkBackground}\``,
      '#ffffff',
      'lighter',
    ],
  ] as const) {
    const ratio = contrastRatio(colour, against);
    if (ratio >= minimumContrast) continue;
    const short = (Math.ceil((minimumContrast - Math.floor(ratio * 100) / 100) * 100) / 100).toFixed(2);
    problems.push({
      file: ladder.settingsFile,
      line: ladder.settingsSource.lineOf(['colours', name]),
      field: `colours.${name}`,
      message: `${pair} has a contrast of ${ratioText(ratio)}, ${short} short of the ${minimumContrast}:1 WCAG AA asks of text. Choose a ${fix} colour, such as \`${nearestPassing(colour, against, toward)}\`.`,
      severity: 'error',
    });
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
    if (!levels.some((l) => l.data.track === track.id) && !ladder.brokenIds.levels.size) {
      report(
        track,
        [],
        `track \`${track.id}\` has no level. Add a level file with \`track: ${track.id}\`.`,
        'warning',
      );
    }
  }

  // A track extends another one, which may extend a third: never itself, never in a loop.
  const trackById = new Map(tracks.map((track) => [track.id, track]));
  for (const track of tracks) {
    const base = track.data.extends;
    if (base === undefined) continue;
    if (!knownTrack(base)) {
      report(
        track,
        ['extends'],
        `unknown track \`${base}\`.${didYouMean(
          base,
          trackIds.filter((id) => id !== track.id),
        )}`,
      );
      continue;
    }
    const chain = [track.id];
    for (let id: string | undefined = base; id; id = trackById.get(id)?.data.extends) {
      if (chain.includes(id)) {
        report(
          track,
          ['extends'],
          `\`extends\` goes round in a circle: ${[...chain, id].join(' → ')}. A base track must not extend, directly or not, a track built on it.`,
        );
        break;
      }
      chain.push(id);
    }
  }
  const lineage = (trackId: string) => trackLineage(trackId, trackById);

  for (const theme of themes) {
    const range = theme.data.assessed;
    if (range?.from !== undefined && range.to !== undefined && range.from > range.to) {
      report(
        theme,
        ['assessed', 'from'],
        `\`from\` (${range.from}) is above \`to\` (${range.to}). Swap them or fix the range.`,
      );
    } else if (
      range &&
      levels.length > 0 &&
      !levels.some((level) => {
        const applies =
          !theme.data.tracks || lineage(level.data.track).some((id) => theme.data.tracks?.includes(id));
        return applies && assessedAtRank(theme.data, level.data.rank);
      })
    ) {
      report(
        theme,
        ['assessed'],
        `this range leaves out every level the theme applies to: none has a rank ${rangeText(range)}. Widen it to the ranks of your levels, or remove the theme.`,
      );
    }
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

  /** Themes that apply to a track: those without `tracks`, and those that list it or a track it extends. */
  const themesOfTrack = (trackId: string) =>
    themes.filter(
      (theme) => !theme.data.tracks || lineage(trackId).some((id) => theme.data.tracks?.includes(id)),
    );
  const sources: CellSources = {
    levels: new Map(levels.map((level) => [level.id, level])),
    tracks: trackById,
    themes: new Map(themes.map((theme) => [theme.id, theme])),
  };

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

    // Codes are unique within a track: eight disciplines may each have an IC4.
    const codeKey = `${data.track}#${data.code.toLowerCase()}`;
    const sameCode = codes.get(codeKey);
    if (sameCode) {
      report(
        level,
        ['code'],
        `code \`${data.code}\` is already used in track \`${data.track}\` by ${sameCode.source.file}. Give each level of a track its own code.`,
      );
    } else codes.set(codeKey, level);

    const baseTrack = trackKnown ? trackById.get(data.track)?.data.extends : undefined;
    if (data.extends !== undefined) {
      const base = levels.find((l) => l.id === data.extends);
      if (!baseTrack) {
        report(
          level,
          ['extends'],
          `track \`${data.track}\` extends no track, so this level has nothing to inherit. Remove \`extends\`, or add \`extends:\` to the track.`,
        );
      } else if (!base || base.data.track !== baseTrack) {
        const candidates = levels.filter((l) => l.data.track === baseTrack).map((l) => l.id);
        report(
          level,
          ['extends'],
          `\`${data.extends}\` is not a level of \`${baseTrack}\`, the track this one extends.${didYouMean(data.extends, candidates)}`,
        );
      }
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
    for (const [themeId, cell] of Object.entries(data.expectations)) {
      const theme = themes.find((t) => t.id === themeId);
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
          baseTrack
            ? `theme \`${themeId}\` is not a theme of \`${baseTrack}\`, the track \`${data.track}\` extends, nor of \`${data.track}\`: there is nothing to override. Remove it here, or add \`${data.track}\` to the theme's \`tracks\` to add it to this track.`
            : `theme \`${themeId}\` does not apply to track \`${data.track}\`. Remove it here, or add \`${data.track}\` to the theme's \`tracks\`.`,
        );
      } else if (theme && cell !== notAssessed && !assessedAtRank(theme.data, data.rank)) {
        report(
          level,
          ['expectations', themeId],
          `theme \`${themeId}\` is not assessed at rank ${data.rank} (its \`assessed\` range is ${rangeText(theme.data.assessed)}). Remove these expectations, or widen the theme's range.`,
        );
      }
    }
    if (trackKnown) {
      for (const themeId of applicable) {
        if (resolveCell(level, themeId, sources) === undefined) {
          report(
            level,
            ['expectations'],
            `no expectations for theme \`${themeId}\`, which applies to track \`${data.track}\`. Add \`${themeId}:\` under \`expectations\` with its \`behaviours\`, or \`${themeId}: not-assessed\` if the level does not assess it.`,
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

  // A heading in a level's body gets an id from its text; one that equals a theme's id (or a
  // group's) would make two elements with one id, and links to `#strategy` would land on the
  // wrong one.
  for (const level of [...ladder.levels, ...ladder.translations.levels]) {
    const source = levels.find((l) => l.id === level.id);
    if (!source) continue;
    const taken = new Map<string, string>();
    for (const theme of themesOfTrack(source.data.track))
      taken.set(theme.id, `the ${theme.data.title} theme`);
    for (const group of ladder.settings.themeGroups)
      taken.set(`group-${group.id}`, `the ${group.title} group`);
    for (const heading of bodyHeadings(level.source, level.source.file.endsWith('.mdx'))) {
      const owner = taken.get(heading.id);
      if (!owner) continue;
      problems.push({
        file: level.source.file,
        line: heading.line,
        message: `the heading "${heading.text}" gets the id \`${heading.id}\`, already the anchor of ${owner} on the level page, so links to #${heading.id} would land on the wrong place. Reword the heading, for example "${heading.text} at this level".`,
        severity: 'error',
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

  problems.push(...checkPayRules(ladder));
  return problems;
}

/** A theme's `assessed` range in words, for messages: "from 3 to 6", "from 3", "up to 6". */
function rangeText(range: ThemeData['assessed']): string {
  if (range?.from !== undefined && range.to !== undefined) return `from ${range.from} to ${range.to}`;
  if (range?.from !== undefined) return `from ${range.from}`;
  return `up to ${range?.to}`;
}

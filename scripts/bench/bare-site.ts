// The baseline of the benchmark: a bare Astro project with one Markdown page per Echelon page,
// carrying the same words in a minimal layout, with no integration, so the ratio between the
// two builds is what Echelon adds (checks, components, comparisons, cards, search index).

import type { LadderSource, SourceEntry } from '../../src/content/load.ts';
import { allExamples, exampleText } from '../../src/ladder/cells.ts';
import type { Ladder, Level } from '../../src/ladder/model.ts';
import { type PageRoute, pageRoutes } from '../../src/ladder/routes.ts';

type Bodies = Map<string, string>;

/** Markdown bodies by `<locale>/<collection>/<id>`, from sources and translations alike. */
function bodiesOf(source: LadderSource): Bodies {
  const bodies: Bodies = new Map();
  const add = (collection: string, entries: SourceEntry<unknown>[]) => {
    for (const entry of entries)
      bodies.set(`${entry.locale}/${collection}/${entry.id}`, entry.source.body.trim());
  };
  for (const collection of ['themes', 'levels', 'guides'] as const) {
    add(collection, source[collection]);
    add(collection, source.translations[collection]);
  }
  return bodies;
}

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** A level's words as its page shows them: facts, then behaviours and examples by theme. */
function levelText(level: Level, ladder: Ladder, body: string | undefined): string {
  const parts = [
    `**${level.data.code}** · ${level.track.data.title}`,
    level.data.summary ?? '',
    `## Scope\n\n${level.data.scope ?? ''}`,
  ];
  if (level.data.prerequisites.length) parts.push(`## Prerequisites\n\n${list(level.data.prerequisites)}`);
  if (level.data.differentiators.length) parts.push(`## What changes\n\n${list(level.data.differentiators)}`);
  if (body) parts.push(`## In practice\n\n${body}`);
  for (const theme of ladder.themes) {
    const expectation = level.data.expectations[theme.id];
    if (!expectation) continue;
    parts.push(`## ${theme.data.title}\n\n${theme.data.summary}\n\n${list(expectation.behaviours)}`);
    for (const example of allExamples(expectation)) parts.push(exampleText(example));
  }
  return parts.join('\n\n');
}

/**
 * The behaviours of a level in every theme, as the comparison pages show them; with their
 * examples too, as the matrix shows them under each cell.
 */
function behavioursText(level: Level, ladder: Ladder, withExamples = false): string {
  return ladder.themes
    .filter((theme) => level.data.expectations[theme.id])
    .map((theme) => {
      const expectation = level.data.expectations[theme.id];
      const examples = withExamples ? allExamples(expectation).map(exampleText) : [];
      return [`### ${theme.data.title}`, list(expectation.behaviours), ...examples].join('\n\n');
    })
    .join('\n\n');
}

/** A self-assessment grid's words: each theme with the level's behaviours and the next level's. */
function assessText(level: Level, ladder: Ladder): string {
  const parts = [`**${level.data.code}** · ${level.track.data.title}`, level.data.summary ?? ''];
  for (const theme of ladder.themes) {
    const expectation = level.data.expectations[theme.id];
    if (!expectation) continue;
    parts.push(`## ${theme.data.title}\n\n${list(expectation.behaviours)}`);
    const next = level.next?.data.expectations[theme.id];
    if (level.next && next) parts.push(`### ${level.next.data.code}\n\n${list(next.behaviours)}`);
  }
  return parts.join('\n\n');
}

/** Title and Markdown body of a route's page: the same words the Echelon page carries. */
function pageText(route: PageRoute, ladder: Ladder, bodies: Bodies): { title: string; body: string } {
  const body = (collection: string, id: string) =>
    bodies.get(`${route.locale}/${collection}/${id}`) ??
    bodies.get(`${ladder.settings.locales[0].code}/${collection}/${id}`);
  const level = (id: string) => ladder.levels.find((l) => l.id === id) as Level;
  switch (route.kind) {
    case 'home':
      return {
        title: ladder.settings.title,
        body: [
          ladder.settings.description,
          ...ladder.tracks.map(
            (track) =>
              `## ${track.data.title}\n\n${track.data.summary}\n\n${list(track.levels.map((l) => `${l.data.code} ${l.data.title}: ${l.data.summary}`))}`,
          ),
          ...ladder.groups.map(
            (group) =>
              `## ${group.title}\n\n${list(group.themes.map((t) => `${t.data.title}: ${t.data.summary}`))}`,
          ),
          `## Guides\n\n${list(ladder.guides.map((g) => `${g.data.title}: ${g.data.description}`))}`,
        ].join('\n\n'),
      };
    case 'track': {
      const track = ladder.tracks.find((t) => t.id === route.trackId);
      if (!track) break;
      return {
        title: track.data.title,
        body: [
          track.data.summary,
          ...track.levels.map(
            (l) => `## ${l.data.code} ${l.data.title}\n\n${l.data.summary}\n\n${l.data.scope}`,
          ),
        ].join('\n\n'),
      };
    }
    case 'level': {
      const found = level(route.levelId);
      return { title: found.data.title, body: levelText(found, ladder, body('levels', found.id)) };
    }
    case 'theme': {
      const theme = ladder.themes.find((t) => t.id === route.themeId);
      if (!theme) break;
      const rows = ladder.levels
        .filter((l) => l.data.expectations[theme.id])
        .map((l) => `## ${l.data.code} ${l.data.title}\n\n${list(l.data.expectations[theme.id].behaviours)}`);
      return {
        title: theme.data.title,
        body: [theme.data.summary, body('themes', theme.id), ...rows].join('\n\n'),
      };
    }
    case 'guide': {
      const guide = ladder.guides.find((g) => g.id === route.guideId);
      if (!guide) break;
      return {
        title: guide.data.title,
        body: [guide.data.description, body('guides', guide.id)].join('\n\n'),
      };
    }
    case 'assess': {
      const found = level(route.levelId);
      return { title: `Self-assessment: ${found.data.title}`, body: assessText(found, ladder) };
    }
    case 'search':
      return { title: 'Search', body: 'Find the levels, themes and guides that mention a skill.' };
    case 'matrix': {
      const track = ladder.tracks.find((t) => t.id === route.trackId);
      if (!track) break;
      return {
        title: `${track.data.title}: level matrix`,
        body: track.levels
          .map((l) => `## ${l.data.code} ${l.data.title}\n\n${behavioursText(l, ladder, true)}`)
          .join('\n\n'),
      };
    }
    case 'compare': {
      const from = level(route.fromLevelId);
      const to = level(route.toLevelId);
      return {
        title: `From ${from.data.title} to ${to.data.title}`,
        body: [
          `## ${from.data.title}\n\n${from.data.summary}\n\n${from.data.scope}`,
          `## ${to.data.title}\n\n${to.data.summary}\n\n${to.data.scope}`,
          `## Prerequisites\n\n${list(to.data.prerequisites)}`,
          `## What changes\n\n${list(to.data.differentiators)}`,
          `## ${from.data.code}\n\n${behavioursText(from, ladder)}`,
          `## ${to.data.code}\n\n${behavioursText(to, ladder)}`,
        ].join('\n\n'),
      };
    }
  }
  return { title: ladder.settings.title, body: ladder.settings.description };
}

/** One page of a generated comparison site: where it goes and the words it carries. */
export interface SitePage {
  /** The Echelon page it stands for. */
  route: PageRoute;
  /** Its folder inside the site, without slashes (`fr/themes/delivery`); empty for the home page. */
  folder: string;
  /** Page title, shown as its heading. */
  title: string;
  /** Markdown body: the words the Echelon page shows. */
  body: string;
}

/**
 * Every page of the comparison sites, one per Echelon page, with the words that page carries.
 * The bare Astro site and the Starlight site are both written from this list, so they differ
 * only in what each system adds around the same words.
 */
export function sitePages(source: LadderSource, ladders: readonly Ladder[]): SitePage[] {
  const bodies = bodiesOf(source);
  return ladders.flatMap((ladder) => {
    const base = new URL(ladder.settings.url).pathname;
    // The project's own list of pages, so the other sites have exactly the pages Echelon builds.
    return pageRoutes(ladder).map((route) => ({
      route,
      folder: route.path.slice(base.length).replace(/\/$/, ''),
      ...pageText(route, ladder, bodies),
    }));
  });
}

/**
 * The files of the bare Astro project, by path inside its root: a config with no
 * integration, a minimal layout, and `src/pages/<path>/index.md` for each Echelon page (plus
 * a 404 page, as Echelon has one), so both builds write the same number of HTML pages.
 */
export function bareSiteFiles(source: LadderSource, ladders: readonly Ladder[]): Record<string, string> {
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({ name: 'echelon-bench-bare', private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      '',
      '// The baseline: the same pages as Markdown, no integration.',
      "export default defineConfig({ site: 'https://bare.example/', trailingSlash: 'always', build: { format: 'directory' } });",
      '',
    ].join('\n'),
    'src/layouts/Page.astro': [
      '---',
      'const { frontmatter } = Astro.props;',
      '---',
      '<html lang={frontmatter.lang}>',
      '  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{frontmatter.title}</title></head>',
      '  <body><main><h1>{frontmatter.title}</h1><slot /></main></body>',
      '</html>',
      '',
    ].join('\n'),
    'src/pages/404.md':
      '---\nlayout: ../layouts/Page.astro\ntitle: Page not found\nlang: en\n---\n\nThis page does not exist.\n',
  };
  for (const { route, folder, title, body } of sitePages(source, ladders)) {
    const file = `src/pages/${folder ? `${folder}/` : ''}index.md`;
    const depth = file.split('/').length - 2;
    files[file] =
      `---\nlayout: ${'../'.repeat(depth)}layouts/Page.astro\ntitle: ${JSON.stringify(title)}\nlang: ${route.locale}\n---\n\n${body}\n`;
  }
  return files;
}

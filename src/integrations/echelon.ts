import { existsSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { UserConfig as ViteUserConfig } from 'vite';
import { resolveTypeface, typefaceCss } from '../brand/typeface.ts';
import { bodiesLoaderName, type ContentLocation } from '../content/loader.ts';
import { resolveContentDir } from '../content/paths.ts';
import { forgetLadder, readLadder } from '../content/pipeline.ts';
import { formatReport } from '../content/problems.ts';
import { contentError } from '../content/report-error.ts';
import { redirectsFile } from '../ladder/redirects-file.ts';
import { basePath } from '../ladder/urls.ts';
import type { Settings } from '../schemas/index.ts';

const projectModuleId = 'virtual:echelon/project';
const brandModuleId = 'virtual:echelon/brand.css';

/**
 * Astro's MDX pipeline marks each MDX module with a directive that the bundler warns about,
 * once per file; Astro handles it, and the warning tells an author nothing. Every other
 * warning still shows.
 */
const quietBuild: ViteUserConfig['build'] = {
  rolldownOptions: {
    onwarn(warning, warn) {
      if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
      warn(warning);
    },
  },
};

/** How long the content folder stays quiet before a save is read (one editor save can be several writes). */
const saveSettleMs = 120;

/** Where the site is published when the settings cannot be read (the dev server then shows why). */
const placeholderUrl = 'https://example.com/';

/** The brand colours and typeface as CSS, bundled into the site's stylesheet. */
function brandCss(root: string, settings: Settings | undefined): string {
  if (!settings) return '';
  const resolution = resolveTypeface(root, settings.typeface);
  const typeface = 'typeface' in resolution ? resolution.typeface : undefined;
  return `${typefaceCss(typeface)}:root{--brand:${settings.colours.brand};--brand-dark:${settings.colours.brandDark}}`;
}

/**
 * Reads and checks the ladder once, before Astro does anything else, and shares that one read
 * with the content loader, the pages and the other integrations. The site's public URL and
 * base path come from the settings. A build with content errors stops here with the same
 * report as `npm run check`, so no half-built site is ever written; the dev server goes on and
 * shows the report on every page until the author fixes the file.
 */
export function echelon(): AstroIntegration {
  let location: ContentLocation | undefined;
  return {
    name: 'echelon',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        if (command === 'preview') return;
        // The root Astro was given (`--root`), never the shell's folder: a build started from
        // elsewhere reads the same ladder.
        const root = fileURLToPath(config.root);
        const contentDir = resolveContentDir(root);
        // Astro writes the pages' server bundle under the shell's folder when the output folder
        // is not inside it, and that bundle cannot find the project's packages from there. A
        // build started elsewhere (`astro build --root <project>`) runs from the project.
        if (command === 'build' && resolve(process.cwd()) !== resolve(root)) {
          logger.info(`Building the project in ${root}.`);
          process.chdir(root);
        }
        location = { root, contentDir };
        // The dev server restarts on a settings edit: read the files again, not the last read.
        forgetLadder(contentDir);
        const { result } = readLadder(root, contentDir);
        const warnings = result.problems.filter((problem) => problem.severity === 'warning');
        if (warnings.length) logger.warn(formatReport(warnings));
        if (result.failed) {
          if (command === 'build') throw contentError(result.problems);
          logger.error(contentError(result.problems).message);
        }
        const settings = result.source?.settings;
        const site = settings?.url ?? placeholderUrl;
        const project = location;
        updateConfig({
          site,
          base: basePath({ url: site }),
          vite: {
            build: quietBuild,
            plugins: [
              {
                name: 'echelon:project',
                resolveId: (id: string) =>
                  id === projectModuleId || id === brandModuleId ? `\0${id}` : undefined,
                load: (id: string) => {
                  if (id === `\0${projectModuleId}`) return `export default ${JSON.stringify(project)};`;
                  if (id === `\0${brandModuleId}`)
                    return brandCss(root, readLadder(root, contentDir).result.source?.settings);
                  return undefined;
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        if (!location) return;
        const { root, contentDir } = location;
        const startUrl = readLadder(root, contentDir).result.source?.settings.url;
        server.watcher.add(contentDir);
        // Every change under the content folder, settings included, is read again at once: the
        // report goes to the terminal, the bodies are rendered again, and open pages reload
        // (showing the report in the overlay while there is an error). No restart is needed.
        // Saves are read once they settle: an editor (or a script) that empties a file and then
        // writes it fires two events, and reading between them would report an empty file.
        let pending: ReturnType<typeof setTimeout> | undefined;
        let changed = '';
        const reread = async () => {
          forgetLadder(contentDir);
          const { result } = readLadder(root, contentDir);
          if (result.failed) logger.error(contentError(result.problems).message);
          else logger.info(`${relative(root, changed)}: no problems found.`);
          const url = result.source?.settings.url;
          if (url && startUrl && url !== startUrl) {
            logger.warn(
              `\`url\` changed to ${url}: restart \`npm run dev\` to serve the site at its new base path.`,
            );
          }
          const brand = server.moduleGraph.getModuleById(`\0${brandModuleId}`);
          if (brand) server.moduleGraph.invalidateModule(brand);
          await refreshContent?.({ loaders: [bodiesLoaderName] });
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(join(contentDir, '/'))) return;
          changed = path;
          clearTimeout(pending);
          pending = setTimeout(() => void reread(), saveSettleMs);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!location) return;
        // Real 301s for hosts that read `_redirects` (Netlify, Cloudflare Pages).
        const ladders = readLadder(location.root, location.contentDir).ladders();
        const redirects = ladders ? redirectsFile(ladders) : '';
        if (redirects) writeFileSync(join(fileURLToPath(dir), '_redirects'), redirects);
        // Astro writes a 404 page to `404.html` only at the root; hosts look for each
        // language's at `<locale>/404.html`, beside that language's pages.
        for (const ladder of ladders?.slice(1) ?? []) {
          const folder = join(fileURLToPath(dir), ladder.locale);
          const written = join(folder, '404', 'index.html');
          if (!existsSync(written)) continue;
          renameSync(written, join(folder, '404.html'));
          rmdirSync(join(folder, '404'));
        }
      },
    },
  };
}

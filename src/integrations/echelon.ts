import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLadder } from '../content/check.ts';
import type { LadderSource } from '../content/load.ts';
import { formatReport } from '../content/problems.ts';
import { laddersFromSource } from '../ladder/from-source.ts';
import { redirectsFile } from '../ladder/redirects-file.ts';
import type { Settings, SettingsTranslation } from '../schemas/index.ts';

const settingsModuleId = 'virtual:echelon/settings';
const brandModuleId = 'virtual:echelon/brand.css';

/** The brand colours as CSS variables, bundled into the site's stylesheet. */
function brandCss(settings: Settings | undefined): string {
  if (!settings) return '';
  return `:root{--brand:${settings.colours.brand};--brand-dark:${settings.colours.brandDark}}`;
}

/** Options of the Echelon integration. */
export interface EchelonOptions {
  /** Absolute path of the ladder's content folder. */
  contentDir: string;
}

/**
 * Checks the ladder before Astro reads it, and shares the validated settings with pages.
 * A build with bad content stops here with the same report as `npm run check`, so no
 * half-built site is ever written.
 */
export function echelon({ contentDir }: EchelonOptions): AstroIntegration {
  let settings: (Settings & { translations: Record<string, SettingsTranslation> }) | undefined;
  let checked: LadderSource | undefined;
  return {
    name: 'echelon',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig, addWatchFile }) => {
        if (command === 'preview') return;
        const root = config.root.pathname;
        addWatchFile(join(contentDir, 'settings.yaml'));
        const result = checkLadder(root, contentDir);
        if (result.problems.length) {
          const report = formatReport(result.problems);
          if (result.failed) logger.error(`The ladder has problems to fix:\n${report}`);
          else logger.warn(report);
        }
        if (result.failed && command === 'build') {
          // Exiting here, rather than throwing, keeps Astro from printing a stack trace for
          // an author's mistake: the report above already says what to fix and where.
          process.exit(1);
        }
        const source = result.source;
        checked = source;
        settings = source && { ...source.settings, translations: source.settingsTranslations };
        for (const locale of source?.settings.locales.slice(1) ?? []) {
          addWatchFile(join(contentDir, `settings.${locale.code}.yaml`));
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'echelon:settings',
                resolveId: (id: string) =>
                  id === settingsModuleId || id === brandModuleId ? `\0${id}` : undefined,
                load: (id: string) => {
                  if (id === `\0${settingsModuleId}`)
                    return `export default ${JSON.stringify(settings ?? null)};`;
                  if (id === `\0${brandModuleId}`) return brandCss(settings);
                  return undefined;
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        // Real 301s for hosts that read `_redirects` (Netlify, Cloudflare Pages).
        const redirects = checked ? redirectsFile(laddersFromSource(checked)) : '';
        if (redirects) writeFileSync(join(fileURLToPath(dir), '_redirects'), redirects);
      },
    },
  };
}

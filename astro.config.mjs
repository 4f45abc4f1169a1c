// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadSettings } from './src/content/load.ts';
import { resolveContentDir } from './src/content/paths.ts';
import { cards } from './src/integrations/cards.ts';
import { echelon } from './src/integrations/echelon.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { basePath } from './src/ladder/urls.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const contentDir = resolveContentDir(root);
// The public URL decides canonical links and the base path. When settings are broken, the
// Echelon integration stops the build with the full report, so a placeholder is enough here.
const { settings } = loadSettings(root, contentDir);
const site = settings?.url ?? 'https://example.com/';

export default defineConfig({
  site,
  base: basePath({ url: site }),
  trailingSlash: 'always',
  // Tests and the benchmark build several ladders side by side; each needs its own cache.
  cacheDir: process.env.ECHELON_CACHE_DIR || undefined,
  build: { format: 'directory' },
  integrations: [echelon({ contentDir }), mdx(), cards(), pagefindSearch()],
});

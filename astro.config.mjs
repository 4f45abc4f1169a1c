// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadSettings } from './src/content/load.ts';
import { resolveContentDir } from './src/content/paths.ts';
import { cards } from './src/integrations/cards.ts';
import { echelon } from './src/integrations/echelon.ts';
import { linkCheck } from './src/integrations/link-check.ts';
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
  // The header search is built like a worker so it gets its own URL; as an ES module, the
  // page can `import()` it on first focus instead of shipping it with every page.
  vite: { worker: { format: 'es' } },
  // Shiki colours code with inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false },
  // The link check comes last, so it sees every file the others wrote.
  integrations: [echelon({ contentDir }), mdx(), cards(), pagefindSearch(), linkCheck()],
  security: {
    // A Content-Security-Policy in every page: only this site's own scripts (Astro hashes the
    // inline ones), styles, images and fonts. Pagefind compiles WebAssembly, hence
    // 'wasm-unsafe-eval'. Nothing may be loaded from another origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { cards } from './src/integrations/cards.ts';
import { comparisonCache } from './src/integrations/comparison-cache.ts';
import { echelon } from './src/integrations/echelon.ts';
import { editorSchemas } from './src/integrations/editor-schemas.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';

// The public URL and base path come from `content/settings.yaml`: the Echelon integration
// reads the ladder once and sets them.
export default defineConfig({
  trailingSlash: 'always',
  // Tests and the benchmark build several ladders side by side; each needs its own cache.
  cacheDir: process.env.ECHELON_CACHE_DIR || undefined,
  build: { format: 'directory' },
  // The header search is built like a worker so it gets its own URL; as an ES module, the
  // page can `import()` it on first focus instead of shipping it with every page.
  vite: { worker: { format: 'es' } },
  // Shiki colours code with inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false },
  // The comparison store starts before the share cards are planned, which read what changes
  // most between levels from it. The link check comes after every integration that writes
  // files pages link to, so it sees them; it runs alongside the search index, which no page
  // links to. The build writes into a folder beside the output folder; `atomicOutput()`,
  // always last, waits for both and puts the site in place once every step has passed.
  integrations: [
    echelon(),
    editorSchemas(),
    mdx(),
    comparisonCache(),
    cards(),
    linkCheck(),
    pagefindSearch(),
    atomicOutput(),
  ],
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

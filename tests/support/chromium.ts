import { ensureProgram, findProgram } from './programs.ts';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/**
 * The first Chromium-family browser on this machine, or undefined. Never installs anything:
 * the benchmark uses it to skip its browser measures rather than download a browser.
 */
export function findChromium(): string | undefined {
  return findProgram(['CHROMIUM_PATH', 'CHROME_PATH'], candidates);
}

/**
 * Finds a Chromium-family browser for the browser tests. Where none is installed and
 * Debian's apt can be used as root, installs Debian's `chromium` package, saying so.
 */
export function ensureChromium(): string {
  return ensureProgram({
    find: findChromium,
    debianPackage: 'chromium',
    why: 'no Chromium found; the browser tests need it',
    help:
      'The browser tests need Chromium or Chrome. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to its executable, then run `npm test` again.',
  });
}

/** Flags that keep headless Chromium from calling home on a machine with no network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

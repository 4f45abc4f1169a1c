import { existsSync } from 'node:fs';
import { installDebianPackage } from './debian-packages.ts';

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
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return candidates.find((path) => existsSync(path));
}

/**
 * Finds a Chromium-family browser for the browser tests. Where none is installed and
 * Debian's apt can be used as root, installs Debian's `chromium` package, saying so.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (!installDebianPackage('chromium', 'no Chromium found; the browser tests need it')) {
    throw new Error(
      'The browser tests need Chromium or Chrome. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROMIUM_PATH to its executable, then run `npm test` again.',
    );
  }
  const installed = findChromium();
  if (!installed)
    throw new Error('apt-get installed chromium, but no executable was found at /usr/bin/chromium.');
  return installed;
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

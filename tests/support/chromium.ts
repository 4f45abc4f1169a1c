import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canApt) {
    throw new Error(
      'The browser tests need Chromium or Chrome. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROMIUM_PATH to its executable, then run `npm test` again.',
    );
  }
  console.log(
    'No Chromium found: installing Debian\'s "chromium" package with apt-get (needed by the browser tests)...',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
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

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { ensureProgram, findProgram } from './programs.ts';

const candidates = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx', '/opt/homebrew/bin/nginx'];

/** An nginx executable, and the `mime.types` file of its installation that a site's configuration includes. */
export interface Nginx {
  executable: string;
  mimeTypes: string;
}

/** The `mime.types` beside the configuration file nginx was built to read (`nginx -V`). */
function mimeTypesOf(executable: string): string {
  // nginx prints its build options on standard error.
  const { stderr } = spawnSync(executable, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(stderr ?? '')?.[1];
  return join(confPath ? dirname(confPath) : '/etc/nginx', 'mime.types');
}

/**
 * Finds nginx for the test of the documented nginx configuration (`docs/deploy/nginx.conf`).
 * Where none is installed and Debian's apt can be used as root, installs Debian's
 * `nginx-light` package, saying so; otherwise stops the tests with what to install.
 */
export function ensureNginx(): Nginx {
  const executable = ensureProgram({
    find: () => findProgram(['NGINX_PATH'], candidates),
    debianPackage: 'nginx-light',
    why: 'no nginx found; the test of the nginx recipe needs it',
    help:
      'The test of docs/deploy/nginx.conf needs nginx. Install it (Debian/Ubuntu: `sudo apt-get install nginx-light`, ' +
      'macOS: `brew install nginx`) or set NGINX_PATH to its executable, then run `npm test` again.',
  });
  return { executable, mimeTypes: mimeTypesOf(executable) };
}

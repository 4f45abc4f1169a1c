import { execFileSync, spawnSync } from 'node:child_process';

/** True once `apt-get update` ran in this process: one update serves every install after it. */
let listsUpdated = false;

/**
 * Installs a Debian package the tests need, saying so and why, when this machine can: Debian's
 * `apt-get` is there and the tests run as root. Returns false, installing nothing, otherwise.
 * Only Debian's package servers are reached, as for any package the machine installs.
 */
export function installDebianPackage(name: string, why: string): boolean {
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canApt) return false;
  console.log(`Installing Debian's "${name}" package with apt-get (${why})...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!listsUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  listsUpdated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', name], {
    stdio: 'inherit',
    env,
  });
  return true;
}

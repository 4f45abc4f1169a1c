// Programs the tests run that npm does not install (Chromium, nginx): found on this machine,
// or installed from Debian's packages where the tests can, or named for the person to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The program named by the first of `variables` that is set (which must then exist), else the
 * first of `paths` that exists; undefined when there is none. Never installs anything.
 */
export function findProgram(variables: readonly string[], paths: readonly string[]): string | undefined {
  const variable = variables.find((name) => process.env[name]);
  if (variable) {
    const path = process.env[variable] as string;
    if (!existsSync(path)) throw new Error(`${variable} is set to ${path}, which does not exist.`);
    return path;
  }
  return paths.find((path) => existsSync(path));
}

/** True once `apt-get update` ran in this process: one update serves every install after it. */
let listsUpdated = false;

/**
 * Installs a Debian package the tests need, saying so and why, when this machine can: Debian's
 * `apt-get` is there and the tests run as root. Returns false, installing nothing, otherwise.
 * Only Debian's package servers are reached, as for any package the machine installs.
 */
function installDebianPackage(name: string, why: string): boolean {
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

/** A program the tests need, and what to do when it is missing. */
export interface NeededProgram {
  /** Finds it on this machine (see `findProgram`). */
  find: () => string | undefined;
  /** The Debian package that installs it where `find` looks. */
  debianPackage: string;
  /** Why the tests need it, said when it is installed. */
  why: string;
  /** What to install or set, said when it is missing and cannot be installed here. */
  help: string;
}

/**
 * The program's path: found, or installed from its Debian package where apt can be used as
 * root (saying so) and found then; otherwise the tests stop with `help`.
 */
export function ensureProgram({ find, debianPackage, why, help }: NeededProgram): string {
  const found = find();
  if (found) return found;
  if (!installDebianPackage(debianPackage, why)) throw new Error(help);
  const installed = find();
  if (!installed) throw new Error(`apt-get installed ${debianPackage}, but its program was not found.`);
  return installed;
}

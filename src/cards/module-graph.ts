import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';

// Imports are found with a small lexer of our own rather than a parser. TypeScript's
// `ts.preProcessFile` would be exact, but `typescript` is a devDependency, absent from a
// production install that builds a site. `es-module-lexer` is installed, but only because
// Astro and Vite depend on it: Echelon does not declare it, and it lexes JavaScript, not
// TypeScript. The lexer below only needs to tell code from comments, strings, template
// literals and regular expressions, which TypeScript writes as JavaScript does; the import
// statements are then read from the tokens that remain. It does not know JSX: a quote in JSX
// text could hide the rest of its line, no more, since strings end at a line break. The card
// template builds plain objects instead of JSX.

/** A token of source text: a word (identifier or keyword), a string literal, or punctuation. */
type Token = { kind: 'word' | 'punct'; text: string } | { kind: 'string'; value: string | undefined };

/** Words after which a `/` starts a regular expression rather than a division. */
const beforeRegex = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

/**
 * Splits source text into tokens, dropping comments and whitespace. A template literal
 * becomes one string token, whose value is undefined when it has `${}` substitutions (their
 * code is tokenised too, so an import inside one is still seen).
 */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  // One entry per open `{` or `${`: on the matching `}`, `template` resumes the template literal.
  const braces: ('block' | 'template')[] = [];
  let i = 0;

  /** Reads a template literal from `i` (just after its backtick or the `}` closing a substitution). */
  const template = (): void => {
    let text = '';
    while (i < source.length) {
      const char = source[i];
      if (char === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (char === '`') {
        i++;
        tokens.push({ kind: 'string', value: text });
        return;
      } else if (char === '$' && source[i + 1] === '{') {
        i += 2;
        braces.push('template');
        tokens.push({ kind: 'string', value: undefined });
        return;
      } else {
        text += char;
        i++;
      }
    }
  };

  const regexAllowed = () => {
    const last = tokens.at(-1);
    if (!last) return true;
    if (last.kind === 'string') return false;
    if (last.kind === 'word') return beforeRegex.has(last.text);
    return !/^[)\]}]$/.test(last.text);
  };

  while (i < source.length) {
    const char = source[i];
    const next = source[i + 1];
    if (/\s/.test(char)) {
      i++;
    } else if (char === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (char === "'" || char === '"') {
      let value = '';
      i++;
      while (i < source.length && source[i] !== char && source[i] !== '\n') {
        if (source[i] === '\\') {
          value += source[i + 1] ?? '';
          i += 2;
        } else value += source[i++];
      }
      i++;
      tokens.push({ kind: 'string', value });
    } else if (char === '`') {
      i++;
      template();
    } else if (char === '/' && regexAllowed()) {
      // A regular expression: skip to its closing slash, which a class (`[/]`) does not close.
      let inClass = false;
      i++;
      while (i < source.length && source[i] !== '\n') {
        const c = source[i];
        if (c === '\\') i++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < source.length && /[\w$]/.test(source[i])) i++;
      tokens.push({ kind: 'punct', text: 'regex' });
    } else if (/[\p{L}\p{Nl}_$\d]/u.test(char)) {
      const start = i;
      while (i < source.length && /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_$\u200c\u200d]/u.test(source[i])) i++;
      tokens.push({ kind: 'word', text: source.slice(start, i) });
    } else if (char === '{') {
      braces.push('block');
      tokens.push({ kind: 'punct', text: char });
      i++;
    } else if (char === '}') {
      i++;
      if (braces.pop() === 'template') template();
      else tokens.push({ kind: 'punct', text: char });
    } else if (char === '.' && next === '.' && source[i + 2] === '.') {
      tokens.push({ kind: 'punct', text: '...' });
      i += 3;
    } else {
      tokens.push({ kind: 'punct', text: char });
      i++;
    }
  }
  return tokens;
}

/**
 * Specifiers of the imports of a module that load code when it runs: static imports
 * (`import { a } from`, `import a from`, `import * as a from`, `import './b'`), re-exports
 * (`export { a } from`, `export * from`) and dynamic imports. Left out: `import type` and
 * `export type`, which the compiler erases, so the module they name never runs. An
 * `import { type A }` is kept: it still loads its module, which may have side effects.
 * Throws on a dynamic import of a computed name, which no scan can follow.
 */
export function runtimeImports(source: string): string[] {
  const tokens = tokenize(source);
  const specifiers: string[] = [];
  const word = (at: number, text?: string) => {
    const token = tokens[at];
    return token?.kind === 'word' && (text === undefined || token.text === text);
  };
  const punct = (at: number, text: string) => {
    const token = tokens[at];
    return token?.kind === 'punct' && token.text === text;
  };
  const punctText = (at: number) => {
    const token = tokens[at];
    return token?.kind === 'punct' ? token.text : '';
  };
  const stringAt = (at: number) => {
    const token = tokens[at];
    return token?.kind === 'string' ? token.value : undefined;
  };
  /**
   * The specifier of the `from '<specifier>'` ending an import or export clause that starts
   * at `start`. A clause holds only names, `type`, `as`, braces, commas and `*`: anything
   * else ends the search, so `export { a };` never picks up a later statement's string.
   */
  const fromClause = (start: number): string | undefined => {
    for (let at = start; at < tokens.length; at++) {
      if (word(at, 'from') && stringAt(at + 1) !== undefined) return stringAt(at + 1);
      const clause =
        (word(at) && !word(at, 'import') && !word(at, 'export')) || /^[{},*]$/.test(punctText(at));
      if (!clause) return undefined;
    }
    return undefined;
  };

  for (let at = 0; at < tokens.length; at++) {
    // `a.import(...)` or `a.export` are properties, not statements.
    if (punct(at - 1, '.')) continue;
    if (word(at, 'import')) {
      if (punct(at + 1, '.')) continue; // import.meta
      if (punct(at + 1, '(')) {
        const specifier = stringAt(at + 2);
        if (specifier === undefined || !(punct(at + 3, ')') || punct(at + 3, ','))) {
          throw new Error('a dynamic import of a computed name, which the card cache key cannot follow');
        }
        specifiers.push(specifier);
        continue;
      }
      const direct = stringAt(at + 1);
      if (direct !== undefined) {
        specifiers.push(direct);
        continue;
      }
      // `import type X from`, `import type { X } from`, `import type * as X from`; but
      // `import type from './a'` imports a default export named `type`.
      if (word(at + 1, 'type') && !word(at + 2, 'from') && !punct(at + 2, ',')) continue;
      const specifier = fromClause(at + 1);
      if (specifier !== undefined) specifiers.push(specifier);
    } else if (word(at, 'export')) {
      if (word(at + 1, 'type')) continue;
      if (punct(at + 1, '*') || punct(at + 1, '{')) {
        const specifier = fromClause(at + 1);
        if (specifier !== undefined) specifiers.push(specifier);
      }
    }
  }
  return specifiers;
}

/** Extensions of modules whose imports are followed; other files (JSON, SVG) are leaves. */
const codeExtensions = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

/**
 * The file a relative specifier names, trying what TypeScript and Vite accept: the exact
 * path, `.js` standing for `.ts`, a missing extension, a folder's index. Undefined for a
 * package or a Node built-in, whose code the callers cover by version instead.
 */
function resolveRelative(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const path = resolve(dirname(from), specifier.replace(/[?#].*$/, ''));
  const stem = path.replace(/\.[cm]?jsx?$/, '');
  const candidates = [
    path,
    ...['.ts', '.tsx', '.mts', '.cts'].map((extension) => `${stem}${extension}`),
    ...['.ts', '.tsx', '.js', '.mjs'].map((extension) => `${path}${extension}`),
    ...['index.ts', 'index.tsx', 'index.js'].map((index) => resolve(path, index)),
  ];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (!found) throw new Error(`${from} imports ${specifier}, which is not a file`);
  return found;
}

/**
 * Every module the entry modules load, directly or not, through relative imports that run
 * code (see `runtimeImports`), the entries included: absolute paths, sorted. Packages are
 * not followed. Throws when an import names a missing file, rather than leave it out.
 */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => resolve(entry));
  while (pending.length) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!codeExtensions.has(extname(file))) continue;
    let specifiers: string[];
    try {
      specifiers = runtimeImports(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    for (const specifier of specifiers) {
      const target = resolveRelative(file, specifier);
      if (target) pending.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * The version of package `name` as the project at `root` resolves it, from the nearest
 * `package.json` above its entry that names it: some packages (htmlparser2) do not export
 * their `package.json`, so it cannot be required.
 */
function packageVersion(root: string, name: string): string {
  const entry = createRequire(join(root, 'package.json')).resolve(name);
  for (let folder = dirname(entry); folder !== dirname(folder); folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version ?? '';
    } catch {
      // No manifest here: look higher.
    }
  }
  return '';
}

/**
 * A fingerprint of the code that makes a cache's entries, read from the project at `root`:
 * the path and bytes of `entry` (relative to `root`) and of every module it loads, and the
 * versions of the `packages` it relies on. Read from disk rather than from `import.meta.url`,
 * because in a build this code runs from a bundle. Changing any of them gives another
 * fingerprint, and the cache made with the old one is set aside.
 */
export function sourceFingerprint(root: string, entry: string, packages: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of moduleGraph([join(root, entry)])) {
    hash.update(`${relative(root, file).split(sep).join('/')}\n`).update(readFileSync(file));
  }
  for (const name of packages) hash.update(`${name} ${packageVersion(root, name)}\n`);
  return hash.digest('hex');
}

import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCacheKey } from '../../src/cards/cache.ts';
import type { CardData } from '../../src/cards/content.ts';
import { loadCardFonts } from '../../src/cards/fonts.ts';
import { drawingModules, drawingSource } from '../../src/cards/generate.ts';
import { runtimeImports } from '../../src/cards/module-graph.ts';
import { drawableCard } from '../../src/cards/render.ts';
import { projectRoot } from '../support/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'echelon-card-key-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const card: CardData = {
  locale: 'en',
  organisation: 'Acme',
  brand: '#0f5e6b',
  title: 'Senior product manager',
  summary: 'Owns a product area across squads.',
  tags: ['Discovery'],
};
const fonts = loadCardFonts(projectRoot).digest;

/**
 * The modules the card renderer loads, computed independently of the code under test: with
 * TypeScript's own parser, following every import that is not `import type` / `export type`
 * (which the compiler erases), starting from the modules that draw a card and load its fonts.
 */
function drawingModulesByTypeScript(): string[] {
  const seen = new Set<string>();
  const pending = ['src/cards/render.ts', 'src/cards/fonts.ts'].map((file) => join(projectRoot, file));
  while (pending.length) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const follow = (specifier: ts.Expression | undefined) => {
      if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
        pending.push(resolve(dirname(file), specifier.text));
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) follow(node.moduleSpecifier);
      else if (ts.isExportDeclaration(node) && !node.isTypeOnly) follow(node.moduleSpecifier);
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        follow(node.arguments[0]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...seen].map((file) => relative(projectRoot, file)).sort();
}

/** A copy of the project's drawing modules (as TypeScript finds them) in a new folder, with its packages. */
function copyOfProject(name: string): string {
  const root = join(work, name);
  for (const file of [...drawingModulesByTypeScript(), 'package.json']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(join(projectRoot, file), join(root, file));
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

describe('the drawing code in the card cache key', () => {
  it('covers every module the card renderer loads, directly or not', () => {
    const expected = drawingModulesByTypeScript();
    // The modules that draw today, so the independent walk above cannot be trivially empty.
    expect(expected).toEqual(
      expect.arrayContaining(['src/cards/render.ts', 'src/cards/template.ts', 'src/cards/png.ts']),
    );
    expect(drawingModules(projectRoot)).toEqual(expected);
  });

  it('leaves out the card content module, whose output is already in the card data', () => {
    expect(drawingModules(projectRoot)).not.toContain('src/cards/content.ts');
  });

  it('changes when any byte of any drawing module changes, so no stale card is served', () => {
    const root = copyOfProject('one-byte');
    const key = () => cardCacheKey({ card, template: drawingSource(root), fonts });
    const before = key();
    expect(before).toBe(cardCacheKey({ card, template: drawingSource(projectRoot), fonts }));
    for (const file of drawingModulesByTypeScript()) {
      const path = join(root, file);
      const original = readFileSync(path);
      const edited = Buffer.from(original);
      // The last byte, a newline: the edit keeps the module valid and its imports the same.
      edited[edited.length - 1] ^= 1;
      writeFileSync(path, edited);
      expect(key(), file).not.toBe(before);
      writeFileSync(path, original);
    }
    expect(key()).toBe(before);
  });

  it('follows a module the renderer starts importing, without anyone listing it', () => {
    const root = copyOfProject('new-module');
    const render = join(root, 'src/cards/render.ts');
    writeFileSync(join(root, 'src/cards/badge.ts'), 'export const badgeRadius = 12;\n');
    writeFileSync(
      render,
      `import { badgeRadius } from './badge.ts';\n${readFileSync(render, 'utf8')}\nvoid badgeRadius;\n`,
    );
    expect(drawingModules(root)).toContain('src/cards/badge.ts');
  });
});

describe('finding the imports of a module', () => {
  it('follows imports that load code and skips type-only ones', () => {
    const source = [
      "import type { CardData } from './content.ts';",
      "import { type CardFonts, cardFontFamily } from './fonts.ts';",
      "import './polyfill.ts';",
      "import satori from 'satori';",
      "export * from './colours.ts';",
      "export type { Shade } from './shades.ts';",
      "const lazy = () => import('./lazy.ts');",
    ].join('\n');
    expect(runtimeImports(source)).toEqual([
      './fonts.ts',
      './polyfill.ts',
      'satori',
      './colours.ts',
      './lazy.ts',
    ]);
  });

  it('is not fooled by imports written in comments, strings, templates or regular expressions', () => {
    const source = [
      "// import './commented.ts';",
      "/* import './block.ts'; */",
      `const text = "import './quoted.ts'";`,
      "const pattern = /'import/g; const ratio = width / height / 2;",
      `const shown = \`import "./template.ts" \${ratio}\`;`,
      "import { cardSize } from './template.ts';",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['./template.ts']);
  });

  it('refuses a dynamic import it cannot follow, rather than leave it out of the key', () => {
    expect(() => runtimeImports(`const theme = await import(\`./themes/\${name}.ts\`);`)).toThrow(
      /computed name/,
    );
  });
});

describe('the fonts digest', () => {
  /** A project folder holding only the card fonts, with one byte changed when asked. */
  function fontPackage(name: string, edit?: (bytes: Buffer) => void): string {
    const root = join(work, name);
    const from = join(projectRoot, 'node_modules', '@fontsource', 'inter');
    const to = join(root, 'node_modules', '@fontsource', 'inter');
    mkdirSync(join(to, 'files'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{"type":"module"}\n');
    for (const file of ['package.json', 'unicode.json']) copyFileSync(join(from, file), join(to, file));
    for (const subset of [
      'latin',
      'latin-ext',
      'cyrillic',
      'cyrillic-ext',
      'greek',
      'greek-ext',
      'vietnamese',
    ]) {
      for (const weight of [400, 700]) {
        const file = join('files', `inter-${subset}-${weight}-normal.woff`);
        const bytes = readFileSync(join(from, file));
        if (subset === 'latin' && weight === 700) edit?.(bytes);
        writeFileSync(join(to, file), bytes);
      }
    }
    // The Arabic font and the emoji pictures come from packages of their own, copied as they
    // are; the Japanese font, 80 MB, is linked.
    for (const name of ['@fontsource/noto-sans-arabic', '@twemoji/svg']) {
      cpSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name), { recursive: true });
    }
    symlinkSync(
      join(projectRoot, 'node_modules', '@fontsource', 'noto-sans-jp'),
      join(root, 'node_modules', '@fontsource', 'noto-sans-jp'),
      'dir',
    );
    return root;
  }

  /** The fonts digest of a card with this title, drawn with the fonts installed at `root`. */
  const titleDigest = (title: string, root = projectRoot, locale = 'ja') =>
    drawableCard({ ...card, locale, title }, loadCardFonts(root)).faces.digest;

  it('is the same for the same font files', () => {
    expect(loadCardFonts(fontPackage('fonts-same')).digest).toBe(loadCardFonts(projectRoot).digest);
  });

  it('is the same for the same CJK text, in another build of the same project', () => {
    expect(titleDigest('シニアエンジニア', fontPackage('fonts-cjk-same'))).toBe(
      titleDigest('シニアエンジニア'),
    );
  });

  it('changes with the CJK subsets a card uses, and only with them', () => {
    const plain = titleDigest('Senior engineer');
    const kana = titleDigest('シニアエンジニア');
    expect(plain).toBe(loadCardFonts(projectRoot).digest);
    expect(kana).not.toBe(plain);
    // Other kana, from the same subset file: the same fonts, so the same digest.
    expect(titleDigest('エンジニア')).toBe(kana);
    // A kanji from another subset file adds that file.
    expect(titleDigest('シニアエンジニア 級')).not.toBe(kana);
  });

  it('changes when the CJK font package is installed, so cards drawn without it are drawn again', () => {
    const without = fontPackage('fonts-no-jp');
    unlinkSync(join(without, 'node_modules', '@fontsource', 'noto-sans-jp'));
    expect(titleDigest('シニアエンジニア', without)).toBe(loadCardFonts(without).digest);
    expect(titleDigest('シニアエンジニア', without)).not.toBe(titleDigest('シニアエンジニア'));
  });

  it('changes when an emoji picture joins the card', () => {
    expect(titleDigest('Senior engineer 🚀', projectRoot, 'en')).not.toBe(titleDigest('Senior engineer'));
  });

  it('changes when one byte of a font changes, even though its length does not', () => {
    const edited = loadCardFonts(
      fontPackage('fonts-edited', (bytes) => {
        bytes[Math.floor(bytes.length / 2)] ^= 1;
      }),
    );
    expect(edited.digest).not.toBe(loadCardFonts(projectRoot).digest);
  });
});

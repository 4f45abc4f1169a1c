import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The settings' `typeface` value that keeps each reader's own system font. */
export const systemTypeface = 'system';

/** The weights pages use: body text and headings. */
export const typefaceWeights = [400, 700] as const;

/** A Fontsource font installed in the project, chosen in the settings as the site's typeface. */
export interface Typeface {
  /** The Fontsource id, such as `inter`: the package is `@fontsource/<id>`. */
  id: string;
  /** The CSS family name the package declares, such as `Inter`. */
  family: string;
  /** Absolute path of the installed package. */
  packageDir: string;
}

/** A typeface that resolved, or the reason it did not, worded as the fix an author can make. */
export type TypefaceResolution = { typeface?: Typeface } | { problem: string };

/**
 * Finds the font the settings name in the project's `node_modules`. `system` resolves to no
 * typeface at all. Fonts come from npm packages so that pages never request another site; a
 * font that is not installed, or lacks a weight pages use, is a problem to report, never a
 * silent fall back to another look.
 */
export function resolveTypeface(root: string, id: string): TypefaceResolution {
  if (id === systemTypeface) return {};
  const name = `@fontsource/${id}`;
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`));
  } catch {
    return {
      problem: `the font \`${id}\` is not installed. Run \`npm install --save-exact ${name}\` (a Fontsource font, self-hosted with the site), or write \`${systemTypeface}\` to use each reader's own font.`,
    };
  }
  const metadataFile = join(packageDir, 'metadata.json');
  const metadata = existsSync(metadataFile)
    ? (JSON.parse(readFileSync(metadataFile, 'utf8')) as { family?: string; weights?: number[] })
    : {};
  const missing = typefaceWeights.filter(
    (weight) => !metadata.weights?.includes(weight) || !existsSync(join(packageDir, `${weight}.css`)),
  );
  if (!metadata.family || missing.length) {
    return {
      problem: `${name} has no ${missing.join(' and ') || 'usable'} weight, which pages use for text and headings. Choose a font with regular (400) and bold (700) weights, or write \`${systemTypeface}\`.`,
    };
  }
  return { typeface: { id, family: metadata.family, packageDir } };
}

/**
 * The CSS that loads a typeface and makes it the pages' font: the package's own `@font-face`
 * rules (one per script subset, each with its `unicode-range`, so a reader downloads only the
 * scripts a page uses), bundled and served from the site like any other asset. Empty for the
 * system font.
 */
export function typefaceCss(typeface: Typeface | undefined): string {
  if (!typeface) return '';
  const imports = typefaceWeights.map((weight) => `@import '@fontsource/${typeface.id}/${weight}.css';`);
  return `${imports.join('\n')}\n:root{--typeface:${JSON.stringify(typeface.family)}}\n`;
}

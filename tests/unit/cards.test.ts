import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCacheKey, diskCardCache, pruneCardCache } from '../../src/cards/cache.ts';
import { type CardData, cardContent } from '../../src/cards/content.ts';
import { hanFont, loadCardFonts } from '../../src/cards/fonts.ts';
import {
  cardGenerator,
  drawingModules,
  drawingSource,
  readLogo,
  renderCardCached,
} from '../../src/cards/generate.ts';
import { cardParam, cardPath } from '../../src/cards/paths.ts';
import { drawableCard, renderCard } from '../../src/cards/render.ts';
import { formatMissingCharacters, type MissingCharacters } from '../../src/cards/stats.ts';
import { contrastRatio, textColourOn } from '../../src/cards/template.ts';
import { pageRoutes } from '../../src/ladder/routes.ts';
import { projectRoot } from '../support/build-site.ts';
import { edit, ladderFrom } from '../support/ladder-files.ts';
import { decodePng, isPng, pngSize } from '../support/png.ts';

const fonts = loadCardFonts(projectRoot);
const work = mkdtempSync(join(tmpdir(), 'echelon-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let bareProjects = 0;

/**
 * A copy of this project without the CJK font packages (and without the emoji pictures when
 * asked), as a company that installed none has it: its drawing modules copied, its other
 * packages linked. Packages are left installed here; the copy only cannot see them.
 */
function projectWithoutCjkFonts({ emoji = true } = {}): string {
  const root = join(work, `bare-${++bareProjects}`);
  const from = join(projectRoot, 'node_modules');
  const to = join(root, 'node_modules');
  const link = (path: string) => symlinkSync(join(from, path), join(to, path), 'dir');
  for (const scope of ['@fontsource', '@twemoji']) mkdirSync(join(to, scope), { recursive: true });
  for (const entry of readdirSync(from)) if (!['@fontsource', '@twemoji'].includes(entry)) link(entry);
  for (const font of readdirSync(join(from, '@fontsource'))) {
    if (!/^noto-sans-(jp|kr|sc|tc)$/.test(font)) link(join('@fontsource', font));
  }
  for (const name of readdirSync(join(from, '@twemoji'))) {
    if (emoji || name !== 'svg') link(join('@twemoji', name));
  }
  for (const file of ['package.json', ...drawingModules(projectRoot)]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(join(projectRoot, file), join(root, file));
  }
  return root;
}

const logoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect x="8" y="8" width="48" height="48" rx="12" fill="#0f5e6b"/><path d="M22 44V20h6v18h14v6z" fill="#fff"/></svg>';

/** A level card in French, with a logo: accents from Latin-1 and Latin Extended. */
const frenchCard: CardData = {
  locale: 'fr',
  organisation: 'Lanterne',
  ladder: 'Parcours de carrière produit',
  brand: '#0f5e6b',
  logo: `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`,
  eyebrow: 'Gestion de produit · Niveau 3 sur 5',
  code: 'P3',
  title: 'Responsable produit confirmée',
  summary:
    "Définit la stratégie d'un périmètre produit, fait grandir l'équipe et s'appuie sur l'œil des clients.",
  rank: { position: 3, count: 5 },
  tagsLabel: 'Thèmes clés',
  tags: ['Découverte', 'Stratégie', 'Éthique'],
};

describe('drawing a share card', () => {
  it('gives a 1200 × 630 PNG under 100 KB', async () => {
    const { png } = await renderCard(frenchCard, fonts);
    expect(isPng(png)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(100 * 1024);
  });

  it('draws French accents with the self-hosted fonts, leaving nothing out', async () => {
    const { missing } = await renderCard(
      { ...frenchCard, title: 'Cheffe de produit Œuvre, Łódź, ça' },
      fonts,
    );
    expect(missing).toEqual([]);
  });

  it('gives the same bytes for the same card, render after render', async () => {
    const first = await renderCard(frenchCard, fonts);
    const second = await renderCard(frenchCard, fonts);
    expect(second.png.equals(first.png)).toBe(true);
  });

  it('draws the same pixels as the committed snapshot', async () => {
    // To accept a deliberate change of the card's look, or to create a missing snapshot:
    //   npx vitest run --project unit tests/unit/cards.test.ts -u
    // (or UPDATE_SNAPSHOTS=1 in front of the same command), then look at the new PNG before
    // committing it. Without either, a missing snapshot fails: a test that wrote its own
    // reference would pass on every fresh clone. With CI set, nothing is ever written.
    const snapshot = join(import.meta.dirname, '__snapshots__', 'card-level-fr.png');
    const { png } = await renderCard(frenchCard, fonts);
    // `-u` sets vitest's update state to `all`; its default, `new`, would write missing snapshots.
    const update =
      expect.getState().snapshotState.snapshotUpdateState === 'all' || process.env.UPDATE_SNAPSHOTS === '1';
    if (update && !process.env.CI) {
      mkdirSync(dirname(snapshot), { recursive: true });
      writeFileSync(snapshot, png);
    } else if (!existsSync(snapshot)) {
      expect.fail(
        `no snapshot at ${snapshot}${process.env.CI ? ' (CI never writes one)' : ''}: run this test with -u to create it, then commit it`,
      );
    }
    const expected = decodePng(readFileSync(snapshot));
    const actual = decodePng(png);
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    // Tolerates the one-step anti-aliasing differences a different CPU can give; a moved or
    // changed word changes thousands of pixels by far more.
    let changed = 0;
    let largest = 0;
    for (let i = 0; i < actual.rgba.length; i++) {
      const difference = Math.abs(actual.rgba[i] - expected.rgba[i]);
      if (difference > 0) changed++;
      largest = Math.max(largest, difference);
    }
    if (largest > 16 || changed > actual.rgba.length / 100) {
      const file = join(work, 'card-level-fr.actual.png');
      writeFileSync(file, png);
      expect.fail(`${changed} channel values differ (largest by ${largest}); the new card is ${file}`);
    }
  });

  it('leaves out characters no installed font draws instead of failing, and reports them', async () => {
    // Hebrew: no card font has its letters, and no package would add them.
    const { png, missing, packages } = await renderCard({ ...frenchCard, title: 'Lead PM מוביל' }, fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(missing).toEqual(expect.arrayContaining(['מ', 'ו', 'ב', 'י', 'ל']));
    expect(missing).not.toContain('L');
    expect(packages).toEqual([]);
  });

  it('draws a Japanese title with Noto Sans JP, leaving nothing out', async () => {
    const japanese = { ...frenchCard, locale: 'ja', title: 'シニアプロダクトマネージャー（上級）' };
    const drawn = await renderCard(japanese, fonts);
    expect(drawn.missing).toEqual([]);
    // A card that had left the title out would be the same picture as one without a title.
    const untitled = await renderCard({ ...japanese, title: '' }, fonts);
    expect(drawn.png.equals(untitled.png)).toBe(false);
  });

  it('reads only the Japanese subset files that hold the characters of the card, not the 120 of the font', () => {
    const { faces } = drawableCard({ ...frenchCard, locale: 'ja', title: 'シニアエンジニア' }, fonts);
    // Every kana of the title is in subset 119: its regular and its bold.
    expect(faces.fonts.slice(fonts.fonts.length).map((font) => `${font.name} ${font.weight}`)).toEqual([
      'Noto Sans JP 119 400',
      'Noto Sans JP 119 700',
    ]);
  });

  it('draws emoji as pictures, flags, skin tones and joined sequences included', async () => {
    const title = 'Lead PM 🚀 👩🏽‍💻 🇫🇷 ❤️ 1️⃣';
    const drawn = await renderCard({ ...frenchCard, title }, fonts);
    expect(drawn.missing).toEqual([]);
    const plain = await renderCard({ ...frenchCard, title: 'Lead PM' }, fonts);
    expect(drawn.png.equals(plain.png)).toBe(false);
    // The rocket's red fins and the heart: Twemoji's red, which no other part of this card has.
    const { rgba } = decodePng(drawn.png);
    let red = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i] > 180 && rgba[i + 1] < 80 && rgba[i + 2] < 90) red++;
    }
    expect(red).toBeGreaterThan(500);
  });

  it('draws Cyrillic, Greek and Vietnamese titles whole', async () => {
    const title = 'Менеджер продукта · Διευθυντής προϊόντος · Quản lý sản phẩm';
    const { missing } = await renderCard({ ...frenchCard, title }, fonts);
    expect(missing).toEqual([]);
  });

  it('uses dark text on a light brand colour, so the card stays legible', () => {
    expect(textColourOn('#0f5e6b')).toBe('#ffffff');
    expect(textColourOn('#ffd84d')).not.toBe('#ffffff');
    expect(contrastRatio(textColourOn('#ffd84d'), '#ffd84d')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the card cache key', () => {
  const template = drawingSource(projectRoot);
  const fontBytes = fonts.fonts.map((font) => font.data);

  it('is the same for the same inputs, whatever the order of the card fields', () => {
    const reordered = Object.fromEntries(Object.entries(frenchCard).reverse()) as CardData;
    expect(cardCacheKey({ card: reordered, template, fonts: fontBytes })).toBe(
      cardCacheKey({ card: frenchCard, template, fonts: fontBytes }),
    );
  });

  it('changes when the drawing code changes', () => {
    // Which modules count, and that a one-byte edit to any of them shows here, is tested in
    // card-cache-key.test.ts.
    const key = cardCacheKey({ card: frenchCard, template, fonts: fontBytes });
    const edited = template.replace(/^(src\/cards\/template\.ts) \w/m, '$1 x');
    expect(edited).not.toBe(template);
    expect(cardCacheKey({ card: frenchCard, template: edited, fonts: fontBytes })).not.toBe(key);
  });

  it('changes when a font file changes', () => {
    const key = cardCacheKey({ card: frenchCard, template, fonts: fontBytes });
    const patched = Buffer.from(fontBytes[0]);
    patched[patched.length - 1] ^= 1;
    expect(cardCacheKey({ card: frenchCard, template, fonts: [patched, ...fontBytes.slice(1)] })).not.toBe(
      key,
    );
  });

  it('changes when what the card shows changes', () => {
    const key = cardCacheKey({ card: frenchCard, template, fonts: fontBytes });
    expect(
      cardCacheKey({ card: { ...frenchCard, tags: ['Découverte'] }, template, fonts: fontBytes }),
    ).not.toBe(key);
    expect(cardCacheKey({ card: { ...frenchCard, brand: '#1f4fbf' }, template, fonts: fontBytes })).not.toBe(
      key,
    );
  });

  it('serves a second render of the same card from the cache, with the same bytes', async () => {
    const cache = diskCardCache(join(work, 'cache-unit'));
    const first = await renderCardCached(frenchCard, { fonts, template, cache });
    const second = await renderCardCached(frenchCard, { fonts, template, cache });
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
  });

  it('keeps only the cards the last build used, so the cache does not grow forever', async () => {
    const dir = join(work, 'cache-prune');
    const cache = diskCardCache(dir);
    const kept = await renderCardCached(frenchCard, { fonts, template, cache });
    const dropped = await renderCardCached({ ...frenchCard, code: 'P4' }, { fonts, template, cache });
    expect(pruneCardCache(dir, new Set([kept.key]))).toBe(1);
    expect(readdirSync(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${kept.key}\\.[0-9a-f]{32}\\.png$`)),
    ]);
    expect(await cache.load(dropped.key)).toBeUndefined();
  });
});

describe('the share cards of a ladder', () => {
  const publicDir = join(work, 'public');
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(join(publicDir, 'logo.svg'), logoSvg);

  it('names /cards/index.png for the home page and /cards/<page>.png for the others, under the base path', () => {
    expect(cardPath({ path: '/', slug: undefined })).toBe('/cards/index.png');
    expect(cardPath({ path: '/product/senior-pm/', slug: 'product/senior-pm' })).toBe(
      '/cards/product/senior-pm.png',
    );
    expect(cardPath({ path: '/ladder/', slug: undefined })).toBe('/ladder/cards/index.png');
    expect(cardPath({ path: '/ladder/themes/data/', slug: 'themes/data' })).toBe(
      '/ladder/cards/themes/data.png',
    );
    expect(cardParam({ path: '/ladder/themes/data/', slug: 'themes/data' })).toBe('themes/data');
    expect(cardParam({ path: '/ladder/', slug: undefined })).toBe('index');
  });

  it('gives every page of the ladder its own card path', () => {
    const routes = pageRoutes(ladderFrom());
    const paths = routes.map(cardPath);
    expect(new Set(paths).size).toBe(routes.length);
  });

  it('puts the level code, its track and rank, and the themes that change most from the level below on a level card', () => {
    const ladder = ladderFrom();
    const route = pageRoutes(ladder).find((r) => r.kind === 'level' && r.levelId === 'senior-pm');
    if (!route) throw new Error('no senior-pm route');
    const card = cardContent(route, ladder);
    expect(card).toMatchObject({
      code: 'P2',
      title: 'Senior product manager',
      summary: 'Owns a product area across squads.',
      eyebrow: 'Product management · Level 2 of 2',
      organisation: 'Acme',
      rank: { position: 2, count: 2 },
      tagsLabel: 'What sets it apart',
    });
    expect([...card.tags].sort()).toEqual(['Discovery', 'Empathy']);
  });

  it('draws the logo from public/, and draws without it when the file cannot be read', () => {
    expect(readLogo(publicDir, 'logo.svg')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(readLogo(publicDir, 'missing.svg')).toBeUndefined();
    expect(readLogo(publicDir, '../outside.svg')).toBeUndefined();
  });

  it('warns once, naming the page and the font package to install, when a level title has Chinese characters and no Chinese font is installed', async () => {
    const root = projectWithoutCjkFonts();
    const ladder = ladderFrom({
      ...edit('settings.yaml', '  name: Acme\n', '  name: Acme\n  logo: logo.svg\n'),
      // The check wants the logo in the ladder's own public/ folder.
      '../public/logo.svg': logoSvg,
      ...edit(
        'levels/product/senior-pm.md',
        'title: Senior product manager',
        'title: Senior PM 🚀 高级产品经理',
      ),
    });
    const missing: MissingCharacters[] = [];
    const generate = cardGenerator({ root, publicDir, cacheDir: join(work, 'cache-ladder') }, (card) =>
      missing.push(card),
    );
    for (const route of pageRoutes(ladder)) {
      const { png } = await generate(route, ladder);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    }
    // The title shows on the level card and on the comparison card that ends at it.
    expect(missing.filter((card) => card.path === '/product/senior-pm/')).toHaveLength(1);
    expect(missing.every((card) => card.characters.includes('高'))).toBe(true);
    // The emoji has its picture: only the Chinese is lost.
    expect(missing.some((card) => card.characters.includes('🚀'))).toBe(false);
    // However many cards lose characters, the build prints one line, which says what to install.
    const warning = formatMissingCharacters(missing, 1);
    expect(warning).toContain(
      `${missing.length} share cards, of ${missing[0].path} and ${missing.length - 1} more`,
    );
    expect(warning).toContain('Install @fontsource/noto-sans-sc to draw them');
    expect(warning?.split('\n')).toHaveLength(1);
  });

  it('leaves a Japanese title out and names @fontsource/noto-sans-jp when that package is not installed', async () => {
    const bare = loadCardFonts(projectWithoutCjkFonts());
    const card = { ...frenchCard, locale: 'ja', title: 'シニアエンジニア 上級' };
    const { missing, packages } = await renderCard(card, bare);
    expect(missing).toEqual(expect.arrayContaining(['シ', 'ア', '上', '級']));
    expect(packages).toEqual(['@fontsource/noto-sans-jp']);
    expect(formatMissingCharacters([{ path: '/eng/senior/', characters: missing, packages }])).toContain(
      'Install @fontsource/noto-sans-jp to draw them (npm install --save-exact @fontsource/noto-sans-jp).',
    );
    // Installed, the same card loses nothing.
    expect((await renderCard(card, fonts)).missing).toEqual([]);
  });

  it('names the emoji package when it is not installed, and draws the rest of the title', async () => {
    const bare = loadCardFonts(projectWithoutCjkFonts({ emoji: false }));
    const { missing, packages } = await renderCard({ ...frenchCard, title: 'Lead PM 🚀' }, bare);
    expect(missing).toEqual(['🚀']);
    expect(packages).toEqual(['@twemoji/svg']);
  });
});

describe('the CJK font of a card', () => {
  it("follows the card's language for Han characters, which Chinese and Japanese draw differently", () => {
    expect(hanFont('ja', '上級').font).toBe('noto-sans-jp');
    expect(hanFont('ko', '上級').font).toBe('noto-sans-kr');
    expect(hanFont('zh-TW', '高級').font).toBe('noto-sans-tc');
    expect(hanFont('zh-Hant', '高級').font).toBe('noto-sans-tc');
    expect(hanFont('zh-HK', '高級').font).toBe('noto-sans-tc');
    expect(hanFont('zh', '高级').font).toBe('noto-sans-sc');
    expect(hanFont('zh-CN', '高级').font).toBe('noto-sans-sc');
  });

  it('follows the text in another language: kana mean Japanese, Hangul Korean, Han alone Simplified Chinese', () => {
    expect(hanFont('en', 'Senior エンジニア 上級').font).toBe('noto-sans-jp');
    expect(hanFont('fr', '수석 엔지니어').font).toBe('noto-sans-kr');
    expect(hanFont('en', '高级产品经理').font).toBe('noto-sans-sc');
    expect(hanFont('not a tag', '高级').font).toBe('noto-sans-sc');
  });
});

import { describe, expect, it } from 'vitest';
import type { CardData } from '../../src/cards/content.ts';
import { loadCardFonts } from '../../src/cards/fonts.ts';
import { renderCard } from '../../src/cards/render.ts';
import { type CardElement, cardParts, tagsRowItems } from '../../src/cards/template.ts';
import { projectRoot } from '../support/build-site.ts';
import { decodePng } from '../support/png.ts';

const fonts = loadCardFonts(projectRoot);

/** A card with little text, so where its white code badge sits is easy to find. */
const card: CardData = {
  locale: 'en',
  organisation: 'Dar',
  brand: '#0f5e6b',
  code: 'P3',
  title: 'Lead',
  summary: '',
  rank: { position: 2, count: 4 },
  tags: [],
};

/** Mean horizontal position of the near-white pixels between two heights, from 0 (left) to 1 (right). */
async function whiteCentre(data: CardData, top: number, bottom: number): Promise<number> {
  const image = decodePng((await renderCard(data, fonts)).png);
  let sum = 0;
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.rgba[i] > 230 && image.rgba[i + 1] > 230 && image.rgba[i + 2] > 230) {
        sum += x;
        count++;
      }
    }
  }
  return sum / count / image.width;
}

describe('share cards in a right-to-left language', () => {
  it('reverses every row and aligns the text to the right', () => {
    const tagged: CardData = { ...card, tagsLabel: 'Key themes', tags: ['Delivery', 'Craft'] };
    /** The card's regions, with every item of its row of tags 150 pixels wide. */
    const parts = (data: CardData) =>
      cardParts(
        data,
        tagsRowItems(data).map(() => 150),
      );
    const arabic = parts({ ...tagged, locale: 'ar' });
    const header = arabic[0].tree;
    const firstChild = (element: CardElement) => (element.props.children as CardElement[])[0];
    expect(header.props.style?.textAlign).toBe('right');
    expect(firstChild(header).props.style?.flexDirection).toBe('row-reverse');
    expect(firstChild(parts(tagged)[0].tree).props.style?.flexDirection).toBe('row');
    expect(parts(tagged)[0].tree.props.style?.textAlign).toBe('left');
    // The label, then the tags, from the right edge in Arabic and from the left one in English.
    const rowOf = (regions: ReturnType<typeof parts>) => regions.slice(-3).map((part) => part.x);
    const [label, first, second] = rowOf(arabic);
    expect(label + 150).toBe(1200 - 72);
    expect(first).toBeLessThan(label);
    expect(second).toBeLessThan(first);
    expect(rowOf(parts(tagged))).toEqual([72, 72 + 150 + 18, 72 + 2 * 150 + 18 + 12]);
  });

  it('draws Arabic titles whole, right-aligned', async () => {
    const arabic: CardData = {
      ...card,
      locale: 'ar',
      organisation: 'واحة',
      code: undefined,
      rank: undefined,
      title: 'مهندس برمجيات أول',
      summary: 'يقود مشروعًا كاملًا في فريقه من التصميم إلى التشغيل.',
      tagsLabel: 'المحاور الرئيسية',
      tags: ['الجودة التقنية', 'التعاون'],
    };
    const { missing } = await renderCard(arabic, fonts);
    expect(missing).toEqual([]);
    expect(await whiteCentre(arabic, 200, 450)).toBeGreaterThan(0.55);
  });

  it('draws the level code on the right and the rank bars on the left, where a left-to-right card has them the other way', async () => {
    // The code badge is the white block of the middle band; the bars are the white shapes of the header.
    expect(await whiteCentre(card, 200, 450)).toBeLessThan(0.3);
    expect(await whiteCentre({ ...card, locale: 'ar' }, 200, 450)).toBeGreaterThan(0.7);
    expect(await whiteCentre({ ...card, organisation: '' }, 40, 150)).toBeGreaterThan(0.7);
    expect(await whiteCentre({ ...card, organisation: '', locale: 'he' }, 40, 150)).toBeLessThan(0.3);
  });
});

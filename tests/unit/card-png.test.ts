import { describe, expect, it } from 'vitest';
import { compressBand, encodePlacedImages, type RgbImage, toRgb } from '../../src/cards/png.ts';
import { decodePng } from '../support/png.ts';

/** An image of noisy pixels (so that no compression shortcut hides a misplaced row), the same for the same seed. */
function noise(width: number, height: number, seed: number): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  let state = seed;
  for (let i = 0; i < rgb.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    // Runs of equal bytes as well as noise, as in a card's text and background.
    rgb[i] = i % 7 === 0 ? state >>> 24 : 40;
  }
  return { width, height, rgb };
}

describe('the PNG of a card put together from images', () => {
  const header = noise(300, 40, 1);
  const box = noise(120, 50, 2);
  const placedBox = { ...box, x: 30, y: 60 };

  it('gives the same pixels whether its top band is compressed with the rest or ahead of it', () => {
    const whole = decodePng(encodePlacedImages(300, 150, '#0f5e6b', [{ ...header, x: 0, y: 0 }, placedBox]));
    const banded = decodePng(encodePlacedImages(300, 150, '#0f5e6b', [placedBox], compressBand(header)));
    // Decoding checks the stream's checksum: a wrong one throws before this line.
    expect(banded.width).toBe(300);
    expect(Buffer.from(banded.rgba).equals(Buffer.from(whole.rgba))).toBe(true);
    // The band is the header's rows, and the background shows between the images.
    expect([...whole.rgba.subarray(0, 3)]).toEqual([...header.rgb.subarray(0, 3)]);
    const belowHeader = (45 * 300 + 200) * 4;
    expect([...whole.rgba.subarray(belowHeader, belowHeader + 3)]).toEqual([0x0f, 0x5e, 0x6b]);
  });

  it('keeps one compressed band valid for every card that starts with it', () => {
    const band = compressBand(header);
    for (const seed of [3, 4, 5]) {
      const other = { ...noise(200, 80, seed), x: 50, y: 45 };
      const png = encodePlacedImages(300, 150, '#ffffff', [other], band);
      const expected = decodePng(encodePlacedImages(300, 150, '#ffffff', [{ ...header, x: 0, y: 0 }, other]));
      expect(Buffer.from(decodePng(png).rgba).equals(Buffer.from(expected.rgba))).toBe(true);
    }
  });

  it('places an image drawn with an alpha channel as its RGB pixels, as if converted first', () => {
    // 120 pixels wide, whole groups of four; 37, one pixel past them.
    for (const image of [box, noise(37, 20, 6)]) {
      const rgba = new Uint8Array(image.width * image.height * 4);
      for (let pixel = 0; pixel < image.width * image.height; pixel++) {
        rgba.set(image.rgb.subarray(pixel * 3, pixel * 3 + 3), pixel * 4);
        rgba[pixel * 4 + 3] = 255;
      }
      const fromRgba = encodePlacedImages(300, 150, '#0f5e6b', [
        { width: image.width, height: image.height, rgba, x: 31, y: 60 },
      ]);
      const fromRgb = encodePlacedImages(300, 150, '#0f5e6b', [{ ...image, x: 31, y: 60 }]);
      expect(fromRgba.equals(fromRgb)).toBe(true);
    }
  });

  it('drops the alpha channel of every pixel, whatever the width and wherever the pixels sit in memory', () => {
    // 7 × 3 pixels: five groups of four, then one alone; alpha bytes unlike any colour byte.
    const rgba = Uint8Array.from({ length: 7 * 3 * 4 }, (_, i) =>
      i % 4 === 3 ? 200 + (i % 50) : (i * 37 + 11) % 200,
    );
    const expected = [...rgba].filter((_, i) => i % 4 !== 3);
    expect([...toRgb(rgba, 7, 3).rgb]).toEqual(expected);
    // One byte into a buffer: the pixels cannot be read as 32-bit words there.
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect([...toRgb(shifted, 7, 3).rgb]).toEqual(expected);
  });

  it('refuses an image that reaches into the compressed band, rather than drawing it cut', () => {
    expect(() =>
      encodePlacedImages(300, 150, '#0f5e6b', [{ ...box, x: 30, y: 20 }], compressBand(header)),
    ).toThrow(/overlaps the band/);
  });
});

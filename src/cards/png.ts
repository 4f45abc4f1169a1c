import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * Scanline buffer, reused from card to card: on the build machines, touching 2 MB of fresh
 * memory for every card cost more than the copy and the compression together. Safe to share
 * because encoding is synchronous.
 */
let scanlines = Buffer.alloc(0);

/** The shared scanline buffer, at least `size` bytes long. */
function scanlineBuffer(size: number): Buffer {
  if (scanlines.length < size) scanlines = Buffer.allocUnsafe(size);
  return scanlines.subarray(0, size);
}

/** Bytes of one scanline of a `width`-pixel RGB image: a filter byte, then three per pixel. */
const strideOf = (width: number) => width * 3 + 1;

/** Deflate level of every card: one fast pass, which finds the long runs of background. */
const level = 3;

/**
 * A PNG file of RGB pixels from its compressed scanlines (a zlib stream). No chunk holds a
 * date or a name, so the same pixels always give the same bytes.
 */
function pngFile(width: number, height: number, compressed: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // Bit depth.
  header[9] = 2; // Colour type: truecolour, no alpha.
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', compressed),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** True where typed arrays store the lowest byte of a number first, as on x64 and arm64. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Scratch for `copyRgb`: the RGB bytes of a run of pixels, packed as 32-bit words. Reused: copying is synchronous. */
let packed = new Uint32Array(0);

/**
 * Copies `pixels` RGBA pixels from `read` in `rgba` to `out` at `at`, leaving out the alpha
 * channel. Four pixels at a time where their bytes can be read as 32-bit words: three words of
 * RGB from four of RGBA, two to three times faster than byte by byte, which took a seventh of a
 * card drawn from nothing; the rest byte by byte.
 */
function copyRgb(rgba: Uint8Array, read: number, out: Uint8Array, at: number, pixels: number): void {
  const groups = littleEndian && (rgba.byteOffset + read) % 4 === 0 ? pixels >> 2 : 0;
  if (groups > 0) {
    if (packed.length < groups * 3) packed = new Uint32Array(groups * 3);
    const words = new Uint32Array(rgba.buffer, rgba.byteOffset + read, groups * 4);
    for (let from = 0, to = 0; to < groups * 3; from += 4, to += 3) {
      // Red, green and blue of pixel n are the low three bytes of word n (little-endian).
      const second = words[from + 1];
      const third = words[from + 2];
      packed[to] = (words[from] & 0xffffff) | (second << 24);
      packed[to + 1] = ((second >>> 8) & 0xffff) | (third << 16);
      packed[to + 2] = ((third >>> 16) & 0xff) | (words[from + 3] << 8);
    }
    out.set(new Uint8Array(packed.buffer, 0, groups * 12), at);
  }
  for (let from = read + groups * 16, to = at + groups * 12, end = read + pixels * 4; from < end; from += 4) {
    out[to++] = rgba[from];
    out[to++] = rgba[from + 1];
    out[to++] = rgba[from + 2];
  }
}

/** Opaque pixels, three bytes (red, green, blue) each, row after row. */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** Opaque pixels as resvg draws them: four bytes (red, green, blue, alpha) each, row after row. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Drops the alpha channel of opaque RGBA pixels: a quarter less to keep, and to copy. */
export function toRgb(rgba: Uint8Array, width: number, height: number): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  copyRgb(rgba, 0, rgb, 0, width * height);
  return { width, height, rgb };
}

/** The largest prime below 2^16: Adler-32 sums are kept modulo it. */
const adlerBase = 65521;

/** The Adler-32 checksum of `data`, which ends every zlib stream. */
function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let start = 0; start < data.length; start += 5552) {
    // 5,552 bytes is the most that can be summed before the sums must be reduced (zlib's NMAX).
    for (let i = start, end = Math.min(start + 5552, data.length); i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= adlerBase;
    b %= adlerBase;
  }
  return (b * 65536 + a) >>> 0;
}

/**
 * The Adler-32 checksum of two byte sequences one after the other, from the checksum of each
 * and the length of the second (zlib's `adler32_combine`): the rest of a card is checksummed
 * by zlib as it compresses it, the band above it once for every card.
 */
function combineAdler32(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % adlerBase;
  let sum1 = first & 0xffff;
  let sum2 = (remainder * sum1) % adlerBase;
  sum1 += (second & 0xffff) + adlerBase - 1;
  sum2 += (first >>> 16) + (second >>> 16) + adlerBase - remainder;
  sum1 %= adlerBase;
  sum2 %= adlerBase;
  return (sum2 * 65536 + sum1) >>> 0;
}

/**
 * The top rows of a card, drawn from one image as wide as the card, compressed once for the
 * many cards that start with them (a ladder's header).
 */
export interface CompressedBand {
  /** Rows it covers, from the top of the card. */
  height: number;
  /** Its scanlines as deflate blocks, none of them final, ending on a whole byte. */
  deflated: Buffer;
  /** Adler-32 checksum of its scanlines. */
  adler: number;
}

/**
 * Compresses the scanlines of `image` as the top band of a card as wide as it: blocks that a
 * zlib stream can go on from, which is what `encodePlacedImages` does with the rest of a card.
 */
export function compressBand(image: RgbImage): CompressedBand {
  const stride = strideOf(image.width);
  const raw = Buffer.allocUnsafe(stride * image.height);
  const rowBytes = image.width * 3;
  for (let row = 0; row < image.height; row++) {
    raw[row * stride] = 0; // Filter type None: rows do not depend on the rows above.
    raw.set(image.rgb.subarray(row * rowBytes, (row + 1) * rowBytes), row * stride + 1);
  }
  return {
    height: image.height,
    // A full flush instead of the end of the stream: the blocks stop on a byte boundary, the
    // last one not marked final, and nothing after them refers back into them.
    deflated: deflateRawSync(raw, { level, finishFlush: constants.Z_FULL_FLUSH }),
    adler: adler32(raw),
  };
}

/**
 * Encodes, as an RGB PNG of `width` × `height` filled with `background` (`#rrggbb`), the
 * images placed on it at their `x`, `y`, below the compressed band `top` when there is one.
 * Images are copied row by row straight into the scanlines: an RGB image is not converted
 * again, however many cards show it, and an RGBA one, drawn for this card alone, is
 * converted as it is copied. The rows of `top` are not compressed again: the
 * zlib stream of the rest is put after its blocks, with the checksum of both.
 */
export function encodePlacedImages(
  width: number,
  height: number,
  background: string,
  placed: readonly ((RgbImage | RgbaImage) & { x: number; y: number })[],
  top?: CompressedBand,
): Buffer {
  const first = top?.height ?? 0;
  const stride = strideOf(width);
  const raw = scanlineBuffer(stride * (height - first));
  const colour = Buffer.from([1, 3, 5].map((i) => Number.parseInt(background.slice(i, i + 2), 16)));
  for (let y = 0; y < height - first; y++) {
    raw[y * stride] = 0; // Filter type None.
    raw.fill(colour, y * stride + 1, (y + 1) * stride);
  }
  for (const image of placed) {
    if (image.y < first) throw new Error(`an image at row ${image.y} overlaps the band above row ${first}`);
    const at = (row: number) => (image.y - first + row) * stride + 1 + image.x * 3;
    if ('rgba' in image) {
      for (let row = 0; row < image.height; row++) {
        copyRgb(image.rgba, row * image.width * 4, raw, at(row), image.width);
      }
      continue;
    }
    const rowBytes = image.width * 3;
    for (let row = 0; row < image.height; row++) {
      raw.set(image.rgb.subarray(row * rowBytes, (row + 1) * rowBytes), at(row));
    }
  }
  const rest = deflateSync(raw, { level });
  if (!top) return pngFile(width, height, rest);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(combineAdler32(top.adler, rest.readUInt32BE(rest.length - 4), raw.length));
  // The zlib header of the rest, the band's blocks, then the rest's blocks and the checksum.
  return pngFile(
    width,
    height,
    Buffer.concat([rest.subarray(0, 2), top.deflated, rest.subarray(2, rest.length - 4), checksum]),
  );
}

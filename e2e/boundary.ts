/**
 * Helpers for the decision-boundary e2e tests: training at SwiftShader's
 * pace, and reading a canvas's pixels.
 */
import { expect, type Locator } from '@playwright/test';
import { epochValue, type Playground } from './app';

/** Click Train / Continue training and wait until the run has reached `lastEpoch` and ended. */
export async function trainUntilDone(app: Playground, lastEpoch: number): Promise<void> {
  await app.trainButton().click();
  await expect(epochValue(app.page, 'Epoch')).toHaveText(String(lastEpoch), {
    timeout: 200_000,
  });
  await expect(app.state()).toHaveText('State: done');
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA bytes, row-major. */
  data: number[];
}

/** The pixels of a canvas element, as drawn now. */
export function canvasPixels(canvas: Locator): Promise<Pixels> {
  return canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('not a 2-D canvas');
    return {
      width: c.width,
      height: c.height,
      data: Array.from(ctx.getImageData(0, 0, c.width, c.height).data),
    };
  });
}

/** How many pixels differ between two same-sized images. */
export function changedPixels(a: Pixels, b: Pixels): number {
  if (a.data.length !== b.data.length) return Math.max(a.width * a.height, b.width * b.height);
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      a.data[i] !== b.data[i] ||
      a.data[i + 1] !== b.data[i + 1] ||
      a.data[i + 2] !== b.data[i + 2] ||
      a.data[i + 3] !== b.data[i + 3]
    )
      n++;
  }
  return n;
}

/** The distinct opaque colours of an image, as "r,g,b" strings. */
export function distinctColours(p: Pixels): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < p.data.length; i += 4) {
    if (p.data[i + 3] === 255) out.add(`${p.data[i]},${p.data[i + 1]},${p.data[i + 2]}`);
  }
  return out;
}

/** The RGB of pixel (x, y). */
export function pixelAt(p: Pixels, x: number, y: number): [number, number, number] {
  const i = (y * p.width + x) * 4;
  return [p.data[i] ?? 0, p.data[i + 1] ?? 0, p.data[i + 2] ?? 0];
}

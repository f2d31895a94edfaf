/**
 * Helpers for the layout tests: where things are on screen, and a finger's
 * stroke sent as real touch input (Chromium turns it into pointer events of
 * type "touch", as a phone would).
 */
import type { Locator, Page } from '@playwright/test';

/** The box of `el`, which must be rendered. */
export async function box(
  el: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await el.boundingBox();
  if (!b) throw new Error('The element is not rendered.');
  return b;
}

/** Drag a finger through `points` (fractions of the element, 0–1) on `el`. */
export async function touchStroke(page: Page, el: Locator, points: [number, number][]) {
  await el.scrollIntoViewIfNeeded();
  const b = await box(el);
  const at = points.map(([fx, fy]) => ({ x: b.x + fx * b.width, y: b.y + fy * b.height }));
  const [first, ...rest] = at;
  if (!first) throw new Error('A stroke needs at least one point.');
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: { x: number; y: number }) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: p ? [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] : [],
    });
  await touch('touchStart', first);
  let last = first;
  for (const p of rest) {
    // A few moves between the points, as a finger reports them.
    for (let i = 1; i <= 4; i++) {
      await touch('touchMove', {
        x: last.x + ((p.x - last.x) * i) / 4,
        y: last.y + ((p.y - last.y) * i) / 4,
      });
    }
    last = p;
  }
  await touch('touchEnd');
  await cdp.detach();
}

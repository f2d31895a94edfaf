/**
 * Steps of the prediction tests: drawing on the digit canvas with the
 * mouse, reading the probabilities shown, and reading a downloaded CSV.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Draw a stroke through `points` (fractions of the canvas, 0–1) with the mouse. */
export async function drawStroke(page: Page, canvas: Locator, points: [number, number][]) {
  // The mouse works in viewport coordinates: bring the canvas into view first.
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('The drawing canvas is not visible.');
  const [first, ...rest] = points.map(([fx, fy]) => ({
    x: box.x + fx * box.width,
    y: box.y + fy * box.height,
  }));
  if (!first) throw new Error('A stroke needs at least one point.');
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  for (const p of rest) await page.mouse.move(p.x, p.y, { steps: 4 });
  await page.mouse.up();
}

/** The probabilities in a list of class bars, as fractions (read from the percentages shown). */
export async function probabilities(list: Locator): Promise<number[]> {
  await expect(list).toBeVisible();
  const texts = await list.locator('output').allInnerTexts();
  return texts.map((t) => Number(t.replace('%', '')) / 100);
}

/** Click `button`, wait for its download and return the file's name and text. */
export async function downloadText(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string }> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    button.click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

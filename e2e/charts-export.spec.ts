/**
 * Exporting the training history as CSV (per epoch and per batch) and a
 * chart as PNG.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { Playground, chart } from './app';
import { countColor, decodePng } from './png';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('history as CSV per epoch and per batch, and the loss chart as PNG', async ({ page }) => {
  const app = new Playground(page);
  await app.open('?backend=cpu');
  await expect(page.getByRole('button', { name: 'CSV per epoch' })).toBeDisabled();
  // 120 training samples in batches of 20: 6 steps per epoch, 30 in all.
  await app.configureSmallRun({ epochs: 5, samples: 200, batch: 20, lr: 0.05 });
  await app.trainToCompletion(5);

  const epochs = await download(page, 'CSV per epoch');
  expect(epochs.name).toBe('training-history-epochs.csv');
  const epochLines = epochs.bytes.toString('utf8').trimEnd().split('\n');
  expect(epochLines[0]).toBe('epoch,loss,val_loss,accuracy,val_accuracy,learning_rate,elapsed_ms');
  expect(epochLines).toHaveLength(6);
  const last = epochLines[5]!.split(',').map(Number);
  expect(last[0]).toBe(5);
  expect(last[1]).toBeCloseTo(await app.number('Loss'), 4);
  expect(last[2]).toBeCloseTo(await app.number('Val loss'), 4);
  expect(last[5]).toBe(0.05);

  const batches = await download(page, 'CSV per batch');
  expect(batches.name).toBe('training-history-batches.csv');
  const batchLines = batches.bytes.toString('utf8').trimEnd().split('\n');
  expect(batchLines[0]).toBe('step,epoch,loss,accuracy,learning_rate,elapsed_ms');
  const rows = batchLines.slice(1).map((l) => l.split(',').map(Number));
  expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  expect(rows.map((r) => r[1])).toEqual(
    Array.from({ length: 30 }, (_, i) => Math.floor(i / 6) + 1),
  );
  for (const r of rows) {
    expect(r[2]).toBeGreaterThan(0);
    expect(r[3]).toBeGreaterThanOrEqual(0);
    expect(r[3]).toBeLessThanOrEqual(1);
  }

  // The chart shows the whole run (its 30 steps) before it is exported.
  await expect(page.getByTestId('loss-chart')).toHaveAttribute('data-drawn', '30');
  const png = await download(page, 'Download the loss chart as PNG');
  expect(png.name).toBe('loss-chart.png');
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  // IHDR: twice the chart's size on screen, plus the title row.
  const svg = await chart(page, 'Loss').locator('.recharts-wrapper > svg').first().boundingBox();
  expect(png.bytes.readUInt32BE(16)).toBe(2 * Math.round(svg!.width));
  expect(png.bytes.readUInt32BE(20)).toBe(2 * (Math.round(svg!.height) + 30));
  // A chart, not a blank canvas: below the title row (where the legend's
  // marks are) the axes' grey labels and both curves are in it, the
  // training line in blue and the validation line in vermillion.
  const pixels = decodePng(png.bytes);
  const plot = 2 * 30;
  expect(countColor(pixels, '#5c6470', plot)).toBeGreaterThan(300);
  expect(countColor(pixels, '#0072b2', plot)).toBeGreaterThan(300);
  expect(countColor(pixels, '#d55e00', plot)).toBeGreaterThan(300);
});

/**
 * Every built-in dataset, picked with nothing else changed, trains to its
 * target with the network and settings the app then shows (cpu backend).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetSourceKind } from '../../core/data/dataset-spec';
import type { EpochRecord } from '../../core/train/history';
import { initBackend } from '../../engine/backend';
import { Engine } from '../../engine/engine';
import type { EngineEvent } from '../../worker/protocol';
import { pageApi } from '../../worker/connect';
import { DataService } from '../../worker/data-service';
import { localDataApi, setDataApi } from '../../worker/data-client';
import { setEngineApi } from '../engine-ref';
import { resetStore, useStore } from '../store';
import { ensureEngineData, selectDataset, setDatasetSpec, uploadCsv } from './data';
import { switchLanguage } from '../../i18n';
import { applyPreset, setupNoticeText, setupUntouched } from './recipe';
import { setTraining } from './training-config';

const root = new URL('../../../', import.meta.url);
const fetchPublic = async (url: string) =>
  new Response(readFileSync(new URL(`public/${new URL(url).pathname.replace(/^\//, '')}`, root)));

let engine: Engine;
let epochs: EpochRecord[] = [];
/** Stop the run once validation accuracy reaches this (null: train every epoch). */
let stopAt: number | null = null;
/** How the last run ended, as its `ended` event said. */
let outcome: string | null = null;
const state = () => useStore.getState();

/**
 * Train what the store holds, as the Train button would, and return the
 * epoch records; with `until`, stop as soon as an epoch reaches it.
 */
async function trainAsShown(until: number | null = null): Promise<EpochRecord[]> {
  stopAt = until;
  const s = state();
  expect(s.dataLoading).toBeNull();
  epochs = [];
  const datasetKey = await ensureEngineData();
  outcome = null;
  await engine.train({
    datasetKey,
    dataset: s.datasetSpec,
    network: s.network,
    training: s.training,
    continue: false,
  });
  // A run with early stopping on may end by it.
  const ends =
    until !== null
      ? ['stopped']
      : s.training.earlyStopping.enabled
        ? ['done', 'early-stopped']
        : ['done'];
  expect(ends).toContain(outcome);
  expect(epochs.length).toBeLessThanOrEqual(s.training.epochs);
  return epochs;
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
  engine = new Engine();
  engine.setListener((events: EngineEvent[]) => {
    for (const e of events) {
      if (e.type === 'ended') outcome = e.outcome;
      if (e.type !== 'epoch') continue;
      epochs.push(e.record);
      if (stopAt !== null && (e.record.valAcc ?? 0) >= stopAt) engine.stop();
    }
  });
  setEngineApi(pageApi(engine));
});

afterAll(() => {
  setEngineApi(null);
  engine.dispose();
});

beforeEach(() => {
  engine.reset();
  resetStore();
  setDataApi(localDataApi(new DataService(fetchPublic)));
});

const lastAcc = (h: EpochRecord[]) => h.at(-1)?.valAcc ?? 0;
/**
 * The epoch whose weights the model holds after the run: where early
 * stopping ended it, the one with the lowest validation loss, else the last.
 */
const kept = (h: EpochRecord[]): EpochRecord | undefined =>
  outcome === 'early-stopped'
    ? h.reduce((a, r) => ((r.valLoss ?? Infinity) < (a.valLoss ?? Infinity) ? r : a))
    : h.at(-1);
/** The best validation accuracy of a run stopped at its target (epochs may follow before the stop lands). */
const bestAcc = (h: EpochRecord[]) => Math.max(0, ...h.map((r) => r.valAcc ?? 0));

describe('the app’s defaults learn every built-in dataset', () => {
  it('circle, as the app opens', { timeout: 120_000 }, async () => {
    expect(lastAcc(await trainAsShown())).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['xor', 'gaussians', 'moons'] as DatasetSourceKind[])(
    '%s',
    { timeout: 120_000 },
    async (kind) => {
      await selectDataset(kind);
      expect(state().datasetSpec.kind).toBe(kind);
      expect(lastAcc(await trainAsShown())).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('checkerboard', { timeout: 300_000 }, async () => {
    await selectDataset('checkerboard');
    expect(bestAcc(await trainAsShown(0.9))).toBeGreaterThanOrEqual(0.9);
  });

  it('spiral with noise 0', { timeout: 120_000 }, async () => {
    await selectDataset('spiral');
    setDatasetSpec({ noise: 0 });
    expect(lastAcc(await trainAsShown())).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['plane', 'hills'] as DatasetSourceKind[])(
    '%s, to an error well under the target’s spread',
    { timeout: 120_000 },
    async (kind) => {
      await selectDataset(kind);
      const spread = state().dataset.targetScaling?.scale[0] ?? 0;
      expect(spread).toBeGreaterThan(0);
      expect((await trainAsShown()).at(-1)?.valMae).toBeLessThan(0.25 * spread);
    },
  );

  it('iris, kept at its best epoch', { timeout: 120_000 }, async () => {
    await selectDataset('iris');
    expect(state().training.earlyStopping).toMatchObject({ enabled: true, restoreBest: true });
    expect(kept(await trainAsShown())?.valAcc).toBeGreaterThanOrEqual(0.9);
  });

  it('Auto MPG, to a validation error of at most 3.5 mpg', { timeout: 120_000 }, async () => {
    await selectDataset('auto-mpg');
    expect(state().dataset.targetScaling?.offset[0]).toBeGreaterThan(15);
    expect(state().training.earlyStopping.enabled).toBe(true);
    expect(kept(await trainAsShown())?.valMae).toBeLessThanOrEqual(3.5);
  });

  it(
    'a small, noisy uploaded table stops early and keeps a better model than its last epoch',
    { timeout: 300_000 },
    async () => {
      // 600 shoppers, 7 inputs once one-hot: a 64-64 network learns its
      // training rows by heart within a few epochs, and its validation loss
      // climbs from then on.
      const name = 'data-shoppers.csv';
      await uploadCsv(new File([readFileSync(new URL(`e2e/fixtures/${name}`, root))], name));
      await expect.poll(() => state().datasetSpec.kind).toBe('csv');
      await expect.poll(() => state().dataLoading).toBeNull();
      expect(state().setupNotice).toMatch(
        /up to 100 epochs, stopping early after 10 without a better validation loss/,
      );
      const stopped = await trainAsShown();
      expect(outcome).toBe('early-stopped');
      expect(stopped.length).toBeLessThan(state().training.epochs);
      const best = kept(stopped)!;
      // The same run with early stopping off: its 100th epoch is worse than the one kept.
      setTraining({ earlyStopping: { ...state().training.earlyStopping, enabled: false } });
      engine.reset();
      const all = await trainAsShown();
      expect(all).toHaveLength(100);
      expect(best.valAcc!).toBeGreaterThan(lastAcc(all) + 0.03);
      expect(best.valLoss!).toBeLessThan(all.at(-1)!.valLoss! / 2);
    },
  );

  // Stops once the target is reached within the run: the cpu backend is slow on 784 inputs.
  it('digits, with a network that takes images', { timeout: 300_000 }, async () => {
    await selectDataset('mnist');
    expect(state().network.layers[0]?.kind).toBe('flatten');
    expect(bestAcc(await trainAsShown(0.9))).toBeGreaterThanOrEqual(0.9);
  });
});

describe('picking data', () => {
  it('replaces an untouched setup with the new dataset’s recipe, as one undo step', async () => {
    const before = state().network;
    await selectDataset('mnist');
    expect(state().network.layers.map((l) => l.kind)).toEqual(['flatten', 'dense', 'dense']);
    expect(state().networkPast.at(-1)).toEqual(before);
    expect(state().setupNotice).toMatch(/^Set up for Handwritten digits/);
    expect(setupUntouched(state())).toBe(true);
  });

  it('keeps what the user changed, and says nothing', async () => {
    setTraining({ learningRate: 0.002 });
    const network = state().network;
    await selectDataset('spiral');
    expect(state().network).toBe(network);
    expect(state().training.learningRate).toBe(0.002);
    expect(state().setupNotice).toBeNull();
  });

  it('gives a preset its own hyperparameters for the optimizer in use', () => {
    setTraining({ optimizer: 'sgd' });
    applyPreset('deep-mlp');
    const t = state().training;
    expect([t.optimizer, t.learningRate, t.batchSize, t.epochs]).toEqual(['sgd', 0.05, 16, 100]);
    expect(state().network.layers).toHaveLength(4);
  });

  it('words its notice again in the language the page switches to', () => {
    applyPreset('deep-mlp');
    const notice = state().setupNotice ?? '';
    expect(setupNoticeText(notice)).toBe('Deep MLP, Adam at 0.005, batch 16, 100 epochs.');
    switchLanguage('zh');
    try {
      expect(setupNoticeText(notice)).toBe('深层 MLP，Adam，学习率 0.005，批大小 16，100 轮。');
    } finally {
      switchLanguage('en');
    }
    expect(setupNoticeText('Something else.')).toBe('Something else.');
  });
});

import { word } from '../i18n/words';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../core/data/dataset';
import type { EngineEvent, TrainRequest } from '../worker/protocol';
import { initBackend } from './backend';
import { Engine } from './engine';
import { isOutOfMemory } from './gpu-watch';
import { SMALL_MLP, smallRunConfig, XOR_SPEC } from './test-fixtures';

type Ended = Extract<EngineEvent, { type: 'ended' }>;
type Epoch = Extract<EngineEvent, { type: 'epoch' }>;

const request = (over: Partial<TrainRequest> = {}): TrainRequest => ({
  dataset: XOR_SPEC,
  datasetKey: 'xor',
  network: SMALL_MLP,
  training: smallRunConfig(400),
  continue: false,
  ...over,
});

/** Make the backend's next allocation fail as a full memory does, once `armed()` says so. */
function failAllocationWhen(armed: () => boolean): () => void {
  const backend = tf.backend() as unknown as { write: (...args: unknown[]) => unknown };
  const write = backend.write.bind(backend);
  let failed = false;
  backend.write = (...args: unknown[]) => {
    if (!failed && armed()) {
      failed = true;
      throw new RangeError('Array buffer allocation failed');
    }
    return write(...args);
  };
  return () => {
    backend.write = write;
  };
}

beforeAll(async () => {
  expect((await initBackend('cpu')).backend).toBe('cpu');
});

describe('a run the memory fails under', () => {
  it('ends with the fault named and the last completed epoch kept, and continues from it', async () => {
    const engine = new Engine();
    engine.setDataset('xor', buildDataset(XOR_SPEC));
    const events: EngineEvent[] = [];
    engine.setListener((batch) => events.push(...batch));
    const epochs = () => events.filter((e): e is Epoch => e.type === 'epoch');
    const restore = failAllocationWhen(() => (epochs().at(-1)?.record.epoch ?? 0) >= 2);
    try {
      await engine.train(request());
    } finally {
      restore();
    }
    const ended = events.find((e): e is Ended => e.type === 'ended');
    expect(ended?.outcome).toBe('failed');
    expect(ended?.fault?.kind).toBe('out-of-memory');
    const kept = ended?.fault?.keptEpoch ?? -1;
    const lastEpoch = epochs().at(-1)?.record.epoch ?? -1;
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept).toBe(lastEpoch);
    const message = ended?.message ? word(ended.message) : '';
    expect(message).toContain(`ran out of memory during epoch ${kept + 1}`);
    expect(message).toContain(`epoch ${kept} are kept`);

    // The kept model trains on: its epochs carry on from the kept one.
    events.length = 0;
    await engine.train(request({ continue: true, training: smallRunConfig(2) }));
    expect(events.find((e): e is Ended => e.type === 'ended')?.outcome).toBe('done');
    expect(epochs().map((e) => e.record.epoch)).toEqual([kept + 1, kept + 2]);
    engine.dispose();
  });

  it('an ordinary error is not taken for a GPU fault', () => {
    expect(isOutOfMemory(new Error('Unable to create WebGLTexture.'))).toBe(true);
    expect(isOutOfMemory(new Error('WebGL Error: OUT_OF_MEMORY'))).toBe(true);
    expect(isOutOfMemory(new Error('Shapes [2,3] and [4] must match'))).toBe(false);
  });
});

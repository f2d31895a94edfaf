import { describe, expect, it } from 'vitest';
import { checkModelFiles, toModelJson } from './model-files';

const specs = [
  { name: 'dense_1/kernel', shape: [2, 3], dtype: 'float32' as const },
  { name: 'dense_1/bias', shape: [3], dtype: 'float32' as const },
];
const json = toModelJson({ modelTopology: { class_name: 'Sequential' }, weightSpecs: specs });
const bin = (bytes: number) => ({ name: 'weights.bin', bytes: new ArrayBuffer(bytes) });

describe('checkModelFiles', () => {
  it('accepts a matching pair', () => {
    const r = checkModelFiles(json, [bin(36)]);
    expect(r.ok && r.value.weightData.byteLength).toBe(36);
  });

  it.each([
    ['malformed JSON', '{"modelTopology":', [bin(36)], /not valid JSON/],
    ['no topology', '{"weightsManifest":[]}', [], /modelTopology/],
    ['missing weights file', json, [], /needs the weights file "weights.bin"/],
    ['wrong byte count', json, [bin(4096)], /has 4,096 bytes; the model needs 36/],
    [
      'extra file',
      json,
      [bin(36), { name: 'x.bin', bytes: new ArrayBuffer(1) }],
      /"x.bin" is not named/,
    ],
    [
      'absurd shape',
      toModelJson({
        modelTopology: {},
        weightSpecs: [{ name: 'w', shape: [1_000_000, 1_000_000], dtype: 'float32' }],
      }),
      [bin(4)],
      /declares 1,000,000,000,000 values/,
    ],
    [
      'graph model',
      JSON.stringify({ format: 'graph-model', modelTopology: {}, weightsManifest: [] }),
      [],
      /layers-model/,
    ],
  ])('refuses %s', (_label, text, files, message) => {
    const r = checkModelFiles(text, files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

import { describe, expect, it } from 'vitest';
import { checkModelFiles, toModelJson } from './model-files';

const specs = [
  { name: 'dense_1/kernel', shape: [2, 3], dtype: 'float32' as const },
  { name: 'dense_1/bias', shape: [3], dtype: 'float32' as const },
];
const json = toModelJson({ modelTopology: { class_name: 'Sequential' }, weightSpecs: specs });
const bin = (bytes: number, name = 'weights.bin') => ({ name, bytes: new ArrayBuffer(bytes) });
const withSpecs = (weights: unknown[]) =>
  JSON.stringify({
    format: 'layers-model',
    modelTopology: {},
    weightsManifest: [{ paths: ['./weights.bin'], weights }],
  });

describe('checkModelFiles', () => {
  it('accepts a matching pair', () => {
    const r = checkModelFiles(json, [bin(36)]);
    expect(r.ok && r.value.weightData.byteLength).toBe(36);
  });

  it('joins shards in manifest order and keeps generatedBy / convertedBy', () => {
    const text = JSON.stringify({
      format: 'layers-model',
      generatedBy: 'keras v2.15.0',
      convertedBy: 'TensorFlow.js Converter v4.22.0',
      modelTopology: {},
      weightsManifest: [
        { paths: ['group1-shard1of2.bin', 'group1-shard2of2.bin'], weights: specs },
      ],
    });
    const a = { name: 'group1-shard1of2.bin', bytes: new Uint8Array(20).fill(1).buffer };
    const b = { name: 'group1-shard2of2.bin', bytes: new Uint8Array(16).fill(2).buffer };
    const r = checkModelFiles(text, [b, a]);
    if (!r.ok) throw new Error(r.error);
    expect(Array.from(new Uint8Array(r.value.weightData).slice(18, 22))).toEqual([1, 1, 2, 2]);
    expect(r.value.convertedBy).toBe('TensorFlow.js Converter v4.22.0');
    expect(r.value.generatedBy).toBe('keras v2.15.0');
  });

  it('leaves out optimizer weights saved by includeOptimizer', () => {
    const text = withSpecs([
      ...specs,
      { name: 'iter', shape: [], dtype: 'int32', group: 'optimizer' },
    ]);
    const bytes = new Uint8Array(40);
    bytes.set([9, 9, 9, 9], 36);
    const r = checkModelFiles(text, [{ name: 'weights.bin', bytes: bytes.buffer }]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.weightSpecs.map((w) => w.name)).toEqual(['dense_1/kernel', 'dense_1/bias']);
    expect(r.value.weightData.byteLength).toBe(36);
  });

  it.each([
    ['malformed JSON', '{"modelTopology":', [bin(36)], /model.json is not valid JSON/],
    ['no topology', '{"weightsManifest":[]}', [], /modelTopology/],
    [
      'missing weights file',
      json,
      [],
      /needs the weights file "weights.bin", which was not uploaded/,
    ],
    ['wrong byte count', json, [bin(4096)], /has 4,096 bytes; the model needs 36/],
    ['extra file', json, [bin(36), bin(1, 'x.bin')], /"x.bin" is not named/],
    [
      'absurd shape',
      withSpecs([{ name: 'w', shape: [1_000_000, 1_000_000], dtype: 'float32' }]),
      [bin(4)],
      /Weight "w" declares 1,000,000,000,000 values \(shape \[1000000, 1000000\]\)/,
    ],
    [
      'an unsupported dtype',
      withSpecs([{ name: 'dense/kernel', shape: [2], dtype: 'float64' }]),
      [bin(16)],
      /Weight "dense\/kernel" has dtype "float64"; TensorFlow.js layers weights are float32, int32 or bool/,
    ],
    [
      'graph model',
      JSON.stringify({ format: 'graph-model', modelTopology: {}, weightsManifest: [] }),
      [],
      /format "graph-model"; only "layers-model"/,
    ],
  ])('refuses %s', (_label, text, files, message) => {
    const r = checkModelFiles(text, files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './bundle';
import { toModelJson } from './model-files';
import { toOptimizerJson } from './optimizer-state';
import { sampleMeta } from './testing';
import { checkPick, readUpload } from './upload';

const specs = [{ name: 'dense_1/kernel', shape: [2, 3], dtype: 'float32' as const }];
const weights = new Float32Array([1, 2, 3, 4, 5, 6]).buffer;
const modelJson = (meta: unknown = sampleMeta()) =>
  toModelJson({
    modelTopology: { class_name: 'Sequential' },
    weightSpecs: specs,
    ...(meta !== undefined && { userDefinedMetadata: { playground: meta } }),
  });
const optimizer = {
  optimizer: 'adam' as const,
  weightSpecs: [{ name: 'iter', shape: [], dtype: 'int32' as const }],
  weightData: new Int32Array([7]).buffer,
};
const file = (name: string, content: string | ArrayBuffer | Uint8Array) => ({
  name,
  bytes:
    typeof content === 'string'
      ? new TextEncoder().encode(content).buffer
      : content instanceof Uint8Array
        ? content.slice().buffer
        : content,
});
const bundle = (files: Record<string, string | ArrayBuffer>) => file('m.zip', zipFiles(files));

describe('readUpload', () => {
  it('reads model.json + weights.bin with its settings', () => {
    const r = readUpload([file('model.json', modelJson()), file('weights.bin', weights)]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({
      kind: 'files',
      fileName: 'model.json',
      optimizer: null,
      metaProblem: null,
    });
    expect(r.value.meta).toEqual(sampleMeta());
  });

  it('reads a bundle with its optimizer state, inside a folder too', () => {
    const r = readUpload([
      file(
        'm.zip',
        zipSync({
          'export/model.json': new TextEncoder().encode(modelJson()),
          'export/weights.bin': new Uint8Array(weights),
          'export/optimizer.json': new TextEncoder().encode(toOptimizerJson(optimizer)),
          'export/optimizer.bin': new Uint8Array(optimizer.weightData),
          '__MACOSX/._model.json': new Uint8Array(3),
        }),
      ),
    ]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.kind).toBe('bundle');
    expect(new Float32Array(r.value.artifacts.weightData)).toEqual(new Float32Array(weights));
    expect(r.value.optimizer?.optimizer).toBe('adam');
    expect(new Int32Array(r.value.optimizer!.weightData)).toEqual(new Int32Array([7]));
  });

  it('reads back a name with quotes, backslashes and non-Latin script from its JSON', () => {
    const name = '模型 "α" \\ """ \u2028 end"';
    const r = readUpload([
      bundle({ 'model.json': modelJson(sampleMeta(name)), 'weights.bin': weights }),
    ]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.meta?.name).toBe(name);
  });

  it('refuses a bundle whose weights fail their CRC-32, naming the entry', () => {
    const zip = zipFiles({ 'model.json': modelJson(), 'weights.bin': weights });
    // Alter weights.bin's CRC-32 in the central directory (whose offset the end record holds).
    const view = new DataView(zip.buffer, zip.byteOffset);
    const cd = view.getUint32(zip.length - 6, true);
    const second = cd + 46 + view.getUint16(cd + 28, true);
    view.setUint32(second + 16, (view.getUint32(second + 16, true) ^ 0xff) >>> 0, true);
    const r = readUpload([file('m.zip', zip)]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^"weights.bin" in m.zip is damaged: its CRC-32 is/);
  });

  it('loads a model with damaged settings as one from elsewhere, and says why', () => {
    const r = readUpload([
      file('model.json', modelJson({ ...sampleMeta(), formatVersion: 7 })),
      file('weights.bin', weights),
    ]);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.meta).toBeNull();
    expect(r.value.metaProblem).toMatch(/newer version of the app/);
  });

  it.each([
    [
      'a zip with other files',
      [file('m.zip', new Uint8Array(4)), file('weights.bin', weights)],
      /\.zip bundle on its own/,
    ],
    [
      'no model.json',
      [file('weights.bin', weights)],
      /Select model.json together with its weight files/,
    ],
    [
      'two .json files',
      [file('a.json', '{}'), file('b.json', '{}')],
      /exactly one model.json; got 2 .json files \(a.json, b.json\)/,
    ],
    ['a file that is not a zip', [file('m.zip', 'hello')], /m.zip is not a valid .zip file/],
    ['a zip without model.json', [bundle({ 'notes.txt': 'hi' })], /m.zip has no model.json/],
    [
      'a zip with two model.json',
      [
        file(
          'm.zip',
          zipSync({ 'a/model.json': new Uint8Array(1), 'b/model.json': new Uint8Array(1) }),
        ),
      ],
      /two files named "model.json"/,
    ],
    [
      'optimizer.json without its .bin',
      [
        bundle({
          'model.json': modelJson(),
          'weights.bin': weights,
          'optimizer.json': toOptimizerJson(optimizer),
        }),
      ],
      /needs both optimizer.json and optimizer.bin/,
    ],
    [
      'an optimizer.bin of the wrong size',
      [
        bundle({
          'model.json': modelJson(),
          'weights.bin': weights,
          'optimizer.json': toOptimizerJson(optimizer),
          'optimizer.bin': new ArrayBuffer(8),
        }),
      ],
      /optimizer.bin: the weights have 8 bytes; the model needs 4/,
    ],
    [
      'a bundle with truncated weights',
      [bundle({ 'model.json': modelJson(), 'weights.bin': new ArrayBuffer(20) })],
      /has 20 bytes; the model needs 24/,
    ],
  ])('refuses %s', (_label, files, message) => {
    const r = readUpload(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses a pick too large to read before reading it', () => {
    expect(
      checkPick([
        { name: 'model.json', size: 10 },
        { name: 'weights.bin', size: 2 ** 30 },
      ]),
    ).toMatch(/come to 1,073,741,834 bytes; a model here may have at most 536,870,912/);
  });
});

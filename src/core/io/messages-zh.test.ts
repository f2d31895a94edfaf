/**
 * The messages a user meets when a file or link is refused come out in
 * Chinese once the language is switched, with their values in place.
 */
import { deflateSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n';
import { toBase64Url } from '../experiments/base64url';
import { parseExperiment } from '../experiments/experiment-file';
import { STARTING_CONFIG } from '../experiments/testing';
import { decodeSetup, SETUP_MAX_CHARS } from '../experiments/url-state';
import { zipFiles } from './bundle';
import { checkModelFiles } from './model-files';
import { readZip } from './zip-read';

afterEach(() => switchLanguage('en'));

const errorOf = (r: { ok: true } | { ok: false; error: string }): string => (r.ok ? 'ok' : r.error);

describe('refusals in Chinese', () => {
  it('names a zip that unpacks too large, with grouped numbers', () => {
    const zip = zipFiles({ 'a.bin': new Uint8Array(5000) });
    const limits = { maxEntries: 4, maxTotalBytes: 1000 };
    const english = errorOf(readZip('m.zip', zip, limits));
    switchLanguage('zh');
    expect(errorOf(readZip('m.zip', zip, limits))).toBe(
      'm.zip 解压后超过 1,000 字节（到“a.bin”时超出，该文件 5,000 字节）；已在解压前拒绝。',
    );
    expect(english).toBe(
      'm.zip unpacks to more than 1,000 bytes (at "a.bin", 5,000 bytes); refused before unpacking.',
    );
  });

  it('names a weights file of the wrong size', () => {
    const modelJson = JSON.stringify({
      modelTopology: {},
      weightsManifest: [
        {
          paths: ['./weights.bin'],
          weights: [{ name: 'dense/kernel', shape: [32, 32], dtype: 'float32' }],
        },
      ],
    });
    switchLanguage('zh');
    const checked = checkModelFiles(modelJson, [
      { name: 'weights.bin', bytes: new ArrayBuffer(8) },
    ]);
    expect(errorOf(checked)).toBe('权重文件 weights.bin 有 8 字节；模型需要 4,096 字节。');
  });

  it('names an experiment file from a newer app', () => {
    switchLanguage('zh');
    const text = JSON.stringify({ format: 'nn-playground-experiment', version: 2, runs: [] });
    expect(errorOf(parseExperiment(text))).toBe(
      '该文件的实验版本为 2，来自更新版本的应用；当前版本只能读取版本 1。',
    );
  });

  it('names what is wrong with a link, as a whole sentence per source', () => {
    switchLanguage('zh');
    const long = 'A'.repeat(SETUP_MAX_CHARS + 1);
    expect(decodeSetup(long, STARTING_CONFIG).problems).toEqual([
      '链接：设置长 16,385 个字符（最多 16,384 个）；将使用默认设置。',
    ]);
    expect(decodeSetup(long, STARTING_CONFIG, 'Saved setup').problems).toEqual([
      '已保存的设置：设置长 16,385 个字符（最多 16,384 个）；将使用默认设置。',
    ]);
    const link = toBase64Url(deflateSync(strToU8(JSON.stringify({ v: 1, colour: 'red' }))));
    expect(decodeSetup(link, STARTING_CONFIG).problems).toEqual([
      '链接：未知字段 "colour"，已忽略。',
    ]);
  });
});

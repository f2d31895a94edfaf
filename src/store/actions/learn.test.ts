import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../learn/language-place';
import { initialLearnState } from '../slices/learn-slice';
import { resetStore, useStore } from '../store';
import { switchLanguage } from '../../i18n';
import type { BackendInfo } from '../../worker/protocol';
import { backendReasonText, startupBackendStatus } from './backend';
import { closeGlossary, openGlossary, setLanguage } from './learn';
import { evaluateCurrent } from './model-files';

/** A Storage in memory, as the browser's localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => {
  vi.unstubAllGlobals();
  resetStore();
});

describe('the language of the app', () => {
  it("starts in the browser's language when nothing is remembered", () => {
    vi.stubGlobal('navigator', { languages: ['en-GB', 'zh-CN'], language: 'en-GB' });
    expect(initialLearnState().language).toBe('en');
    vi.stubGlobal('navigator', { languages: ['zh-TW', 'en'], language: 'zh-TW' });
    expect(initialLearnState().language).toBe('zh');
  });

  it('keeps a remembered choice over the browser language', () => {
    vi.stubGlobal('navigator', { languages: ['zh-CN'], language: 'zh-CN' });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(initialLearnState().language).toBe('en');
  });

  it('is remembered for the next visit, and a reset keeps it', () => {
    setLanguage('zh');
    expect(useStore.getState().language).toBe('zh');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
    resetStore();
    expect(useStore.getState().language).toBe('zh');
  });

  it('reads an unknown stored value as English', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(initialLearnState().language).toBe('en');
  });

  it('still switches when storage throws', () => {
    const broken = memoryStorage();
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    vi.stubGlobal('localStorage', broken);
    setLanguage('zh');
    expect(useStore.getState().language).toBe('zh');
  });
});

describe('the status bar after a language switch', () => {
  afterEach(() => switchLanguage('en'));

  it('words the start-up backend states when shown, so they follow the language', () => {
    const info: BackendInfo = {
      backend: 'cpu',
      renderer: null,
      available: ['cpu'],
      fallbackReason: null,
    };
    const auto = startupBackendStatus(info, 'auto', null);
    const lost = startupBackendStatus(info, 'webgl', null);
    const reasons = [auto.backendReason, lost.backendReason] as string[];
    expect(reasons.map((r) => backendReasonText(r, 'webgl'))).toEqual([
      'Auto: chosen when training starts',
      'WebGL could not start',
    ]);
    switchLanguage('zh');
    expect(reasons.map((r) => backendReasonText(r, 'webgl'))).toEqual([
      'Auto：训练开始时再选择',
      'WebGL 无法启动',
    ]);
    // The engine's own sentences are shown as they came.
    expect(backendReasonText('CPU: 2.0× faster than WASM', 'auto')).toBe(
      'CPU: 2.0× faster than WASM',
    );
  });
});

describe('a notice on screen after a language switch', () => {
  afterEach(() => switchLanguage('en'));

  it('is worded again in the new language', async () => {
    await evaluateCurrent();
    const message = () => useStore.getState().modelsMessage?.text;
    expect(message()).toBe('Train or load a model first.');
    switchLanguage('zh');
    expect(message()).toBe('请先训练或加载一个模型。');
  });
});

describe('the glossary', () => {
  it('opens at a concept and closes', () => {
    openGlossary('learningRate');
    expect(useStore.getState().glossary).toEqual({ open: true, concept: 'learningRate' });
    closeGlossary();
    expect(useStore.getState().glossary).toEqual({ open: false, concept: null });
  });
});

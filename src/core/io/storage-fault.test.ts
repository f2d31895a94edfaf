import { describe, expect, it } from 'vitest';
import {
  classifyStorageError,
  describeStorageFault,
  STORAGE_ABSENT,
  STORAGE_BLOCKED,
  storageFault,
} from './storage-fault';

const named = (name: string) => ({ name, message: 'raw browser text' });

describe('storage faults', () => {
  it('sorts errors by name', () => {
    expect(classifyStorageError(named('QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(named('SecurityError'))).toBe('refused');
    expect(classifyStorageError(named('InvalidStateError'))).toBe('refused');
    expect(classifyStorageError(named('UnknownError'))).toBe('broken');
    expect(classifyStorageError(named('VersionError'))).toBe('version');
    expect(classifyStorageError(storageFault(STORAGE_BLOCKED, 'x'))).toBe('blocked');
    expect(classifyStorageError(storageFault(STORAGE_ABSENT, 'x'))).toBe('absent');
    expect(classifyStorageError(new TypeError('boom'))).toBe('other');
    expect(classifyStorageError(null)).toBe('other');
    expect(classifyStorageError('a string')).toBe('other');
  });

  it('looks through an aborted transaction to its cause', () => {
    const aborted = { name: 'AbortError', cause: named('QuotaExceededError') };
    expect(classifyStorageError(aborted)).toBe('quota');
    expect(classifyStorageError(named('AbortError'))).toBe('other');
  });

  it('says what happened and what to do, never the raw text', () => {
    const refused = describeStorageFault(named('SecurityError'), 'save');
    expect(refused).toBe(
      'Your browser refused storage (private window, or site data blocked?). The model is still here: download it as a .zip.',
    );
    const full = describeStorageFault(named('QuotaExceededError'), 'save');
    expect(full).toMatch(/^The browser's storage for this site is full\. .*download it as a \.zip/);
    for (const name of ['UnknownError', 'VersionError', 'Weird', STORAGE_ABSENT]) {
      for (const subject of ['save', 'library', 'runs'] as const) {
        expect(describeStorageFault(named(name), subject)).not.toContain('raw browser text');
      }
    }
    expect(describeStorageFault(named('SecurityError'), 'runs')).toContain(
      'Runs are kept in this tab only',
    );
  });
});

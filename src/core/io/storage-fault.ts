/**
 * What a failure of the browser's storage (IndexedDB) means for the user:
 * the error is sorted by its `name` (never by its message, which differs
 * between browsers) into a few kinds, and each kind has one sentence that
 * says what happened and what to do. Pure: nothing here touches storage.
 */
import { t } from '../../i18n';

/** The kinds of storage failure the app tells apart. */
export type StorageFaultKind =
  'quota' | 'refused' | 'absent' | 'blocked' | 'version' | 'broken' | 'other';

/** Name we give the error thrown when this browser has no IndexedDB at all. */
export const STORAGE_ABSENT = 'StorageAbsentError';
/** Name we give the error thrown when an upgrade waits on another tab's open connection. */
export const STORAGE_BLOCKED = 'StorageBlockedError';

const BY_NAME: Record<string, StorageFaultKind> = {
  QuotaExceededError: 'quota',
  // Private windows, blocked site data, a page from file://, a disabled store.
  SecurityError: 'refused',
  InvalidStateError: 'refused',
  NotAllowedError: 'refused',
  [STORAGE_ABSENT]: 'absent',
  [STORAGE_BLOCKED]: 'blocked',
  VersionError: 'version',
  // The browser's own files are damaged or unreadable.
  UnknownError: 'broken',
  DataError: 'broken',
  NotReadableError: 'broken',
};

/** The kind of a thrown storage error, by its name (or its cause's, for an aborted transaction). */
export function classifyStorageError(e: unknown): StorageFaultKind {
  const err = e as { name?: unknown; cause?: unknown } | null | undefined;
  const name = typeof err?.name === 'string' ? err.name : '';
  if (name === 'AbortError' && err?.cause) return classifyStorageError(err.cause);
  return BY_NAME[name] ?? 'other';
}

/** What a failure means for the thing that was being stored. */
export type StorageSubject = 'save' | 'library' | 'runs';

/**
 * One sentence pair for the user: what happened, then what it means for `subject`.
 * @example describeStorageFault({ name: 'QuotaExceededError' }, 'save')
 */
export function describeStorageFault(e: unknown, subject: StorageSubject): string {
  const kind = classifyStorageError(e);
  // Every subject has its own advice for a full storage, and one for everything else.
  const which = kind === 'quota' ? 'quota' : 'all';
  return t('models:storageFault.message', {
    happened: t(`models:storageFault.happened.${kind}`),
    advice: t(`models:storageFault.advice.${subject}.${which}`),
  });
}

/** An Error with a storage fault's name, for faults we detect ourselves. */
export function storageFault(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

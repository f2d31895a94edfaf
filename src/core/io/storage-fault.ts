/**
 * What a failure of the browser's storage (IndexedDB) means for the user:
 * the error is sorted by its `name` (never by its message, which differs
 * between browsers) into a few kinds, and each kind has one sentence that
 * says what happened and what to do. Pure: nothing here touches storage.
 */

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

const HAPPENED: Record<StorageFaultKind, string> = {
  quota: "The browser's storage for this site is full.",
  refused: 'Your browser refused storage (private window, or site data blocked?).',
  absent: 'This browser offers no storage to this page (IndexedDB is unavailable).',
  blocked:
    'Another tab of the playground holds the storage open with an older version: close or reload the other tabs.',
  version:
    'Another tab has upgraded the storage to a newer version of the playground: reload this page.',
  broken:
    "The browser's storage failed on its own side (its files may be damaged): restart the browser and try again.",
  other: "Writing to the browser's storage failed.",
};

/** What a failure means for the thing that was being stored. */
export type StorageSubject = 'save' | 'library' | 'runs';

const ADVICE: Record<StorageSubject, Partial<Record<StorageFaultKind, string>> & { all: string }> =
  {
    save: {
      quota:
        'The model is still here: download it as a .zip, or delete saved models or runs to make room and save again.',
      all: 'The model is still here: download it as a .zip.',
    },
    library: {
      quota: 'Delete saved models or runs to make room.',
      all: 'Saved models cannot be read or changed until then; a trained model can still be downloaded as a .zip.',
    },
    runs: {
      quota: 'Runs are kept in this tab only until you delete old runs or saved models.',
      all: 'Runs are kept in this tab only: they are lost when it is closed.',
    },
  };

/**
 * One sentence pair for the user: what happened, then what it means for `subject`.
 * @example describeStorageFault({ name: 'QuotaExceededError' }, 'save')
 */
export function describeStorageFault(e: unknown, subject: StorageSubject): string {
  const kind = classifyStorageError(e);
  const advice = ADVICE[subject];
  return `${HAPPENED[kind]} ${advice[kind] ?? advice.all}`;
}

/** An Error with a storage fault's name, for faults we detect ourselves. */
export function storageFault(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

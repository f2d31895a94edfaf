/**
 * Where a guide's progress is kept between page loads: the browser's
 * localStorage, behind a small interface so tests use memory instead.
 */

export const GUIDE_STORAGE_KEY = 'nn-playground.guide';

export interface GuidePlace {
  load(): string | null;
  save(text: string): void;
  forget(): void;
}

/** Storage that throws (blocked, full) is treated as absent: progress is then kept for this page only. */
function quietly<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** localStorage, or a place that keeps nothing outside a browser. */
export function browserGuidePlace(): GuidePlace {
  const storage = quietly(() => globalThis.localStorage ?? null, null);
  return {
    load: () => quietly(() => storage?.getItem(GUIDE_STORAGE_KEY) ?? null, null),
    save: (text) => quietly(() => storage?.setItem(GUIDE_STORAGE_KEY, text), undefined),
    forget: () => quietly(() => storage?.removeItem(GUIDE_STORAGE_KEY), undefined),
  };
}

/** A place in memory, for tests: `stored` shows what was written. */
export function memoryGuidePlace(stored: string | null = null) {
  const place = {
    stored,
    load: () => place.stored,
    save: (text: string) => {
      place.stored = text;
    },
    forget: () => {
      place.stored = null;
    },
  };
  return place satisfies GuidePlace;
}

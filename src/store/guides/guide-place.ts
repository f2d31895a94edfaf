/**
 * Where a guide's progress is kept between page loads: the browser's
 * localStorage, behind a small interface so tests use memory instead.
 */
import { storedText } from '../stored-text';

export const GUIDE_STORAGE_KEY = 'nn-playground.guide';

export interface GuidePlace {
  load(): string | null;
  save(text: string): void;
  forget(): void;
}

/** localStorage, or a place that keeps nothing outside a browser. */
export function browserGuidePlace(): GuidePlace {
  const stored = storedText(GUIDE_STORAGE_KEY);
  return { load: stored.read, save: stored.write, forget: stored.forget };
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

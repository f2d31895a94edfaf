/**
 * `value` one task late (null until a task after mounting): a component
 * that does heavy work for new data (a long table's scatter, its
 * prediction form) shows what it had until a task after the change, so
 * that work lands in a task of its own instead of lengthening the one that
 * shows the rest of the page.
 */
import { useEffect, useState } from 'react';

/** @param delayMs how long after the change, so two such views don't share a task */
export function useNextTask<T>(value: T, delayMs = 0): T | null {
  const [shown, setShown] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (shown && Object.is(shown.value, value)) return undefined;
    const id = setTimeout(() => setShown({ value }), delayMs);
    return () => clearTimeout(id);
  }, [value, shown, delayMs]);
  return shown ? shown.value : null;
}

import { useEffect } from 'react';
import { togglePlay } from '../../store/actions/train';

/** Space toggles play / pause, unless focus is on something that uses the space bar itself. */
export function usePlayShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (
        t &&
        (t.closest('input, select, textarea, button, summary, a, [contenteditable="true"]') ||
          t.isContentEditable)
      )
        return;
      e.preventDefault();
      togglePlay();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

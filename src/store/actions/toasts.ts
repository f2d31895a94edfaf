/** Showing and dismissing toasts (see slices/toast-slice.ts). */
import type { ToastUndo } from '../slices/toast-slice';
import { useStore } from '../store';

/** At most this many toasts at once: a new one pushes out the oldest. */
const MAX_TOASTS = 3;

/** Show `text` as a toast, with an Undo button when `undo` says what it would put back. */
export function showToast(text: string, undo?: ToastUndo): number {
  const s = useStore.getState();
  const id = s.toastSeq + 1;
  // One Undo offer of a kind at a time: the older one can no longer be honoured.
  const kept = undo ? s.toasts.filter((t) => t.undo !== undo) : s.toasts;
  useStore.setState({
    toastSeq: id,
    toasts: [...kept, { id, text, ...(undo && { undo }) }].slice(-MAX_TOASTS),
  });
  return id;
}

export function dismissToast(id: number): void {
  useStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** Drop the Undo offers of `kind` (what they would restore is gone or already back). */
export function dropUndoToasts(kind: ToastUndo): void {
  useStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.undo !== kind) }));
}

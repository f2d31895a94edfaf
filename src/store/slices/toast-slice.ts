/**
 * The toast slice: short confirmations of things that finished (a model
 * saved, a file downloaded, a model or CSV imported, something deleted),
 * shown for a few seconds over the page. Plain data only; the toast region
 * (ui/shell/Toasts.tsx) owns the timers that dismiss them.
 */
import type { SliceCreator } from './types';

/** What a toast's Undo button puts back, if it has one. */
export type ToastUndo = 'model-delete' | 'runs-delete';

export interface Toast {
  id: number;
  text: string;
  undo?: ToastUndo;
}

export interface ToastSlice {
  /** Oldest first; a few at most. */
  toasts: Toast[];
  /** The last toast id handed out. */
  toastSeq: number;
}

export const initialToastState = (): ToastSlice => ({ toasts: [], toastSeq: 0 });

export const createToastSlice: SliceCreator<ToastSlice> = () => initialToastState();

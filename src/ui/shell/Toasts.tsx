import { useEffect, useState } from 'react';
import { undoDelete } from '../../store/actions/models';
import { undoRunsDelete } from '../../store/actions/runs-delete';
import { dismissToast } from '../../store/actions/toasts';
import type { Toast, ToastUndo } from '../../store/slices/toast-slice';
import { useStore } from '../../store/store';
import { useTranslation } from '../../i18n/react';
import { CloseIcon, UndoIcon } from '../common/icons';

/** How long a toast stays, in ms; one that offers Undo stays longer. */
const SHOWN_MS = 6_000;
const UNDO_SHOWN_MS = 12_000;

const UNDO: Record<ToastUndo, () => Promise<void>> = {
  'model-delete': undoDelete,
  'runs-delete': undoRunsDelete,
};

function ToastItem({ toast, paused }: { toast: Toast; paused: boolean }) {
  const { t } = useTranslation('shell');
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismissToast(toast.id), toast.undo ? UNDO_SHOWN_MS : SHOWN_MS);
    return () => clearTimeout(timer);
  }, [toast, paused]);
  const undo = toast.undo;
  return (
    <li className="toast">
      <span>{toast.text}</span>
      {undo && (
        <button
          type="button"
          className="toast-undo"
          onClick={() => {
            dismissToast(toast.id);
            void UNDO[undo]();
          }}
        >
          <UndoIcon /> {t('toasts.undo')}
        </button>
      )}
      <button
        type="button"
        className="icon"
        aria-label={t('toasts.close')}
        onClick={() => dismissToast(toast.id)}
      >
        <CloseIcon />
      </button>
    </li>
  );
}

/**
 * The toast region: a polite live region at the foot of the page. Each
 * toast goes by itself after a few seconds, but not while the pointer or
 * the focus is on the region (time to read it and reach its buttons).
 */
export function Toasts() {
  const { t } = useTranslation('shell');
  const toasts = useStore((s) => s.toasts);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  return (
    <div
      className="toasts"
      role="status"
      aria-live="polite"
      aria-label={t('toasts.region')}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <ul>
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} paused={hovered || focused} />
        ))}
      </ul>
    </div>
  );
}

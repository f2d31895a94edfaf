import { undoDelete } from '../../store/actions/models';
import { useStore } from '../../store/store';

/** Offer to bring back the last deleted model (until the next delete or reload). */
export function UndoDelete() {
  const pending = useStore((s) => s.undoDelete);
  const busy = useStore((s) => s.modelsBusy);
  if (!pending) return null;
  return (
    <p className="undo-delete">
      <button type="button" disabled={busy} onClick={() => void undoDelete()}>
        Undo: restore “{pending.name}”
      </button>
    </p>
  );
}

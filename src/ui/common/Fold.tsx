import { useId, useState, type ReactNode } from 'react';
import { isFoldOpen, rememberFold } from './fold-memory';

/**
 * A group of rarely changed settings that folds away. Its button says the
 * group's current values ("Optimizer: Adam, loss cross-entropy"), so a folded
 * group still tells what it holds; whether it is open is remembered by `id`.
 * The content stays mounted while folded, so nothing in it loses its state.
 */
export function Fold({
  id,
  summary,
  attention = false,
  children,
}: {
  id: string;
  summary: string;
  /** Something inside needs the reader (a setting that does not fit): shown open. */
  attention?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(() => isFoldOpen(id));
  const bodyId = useId();
  const shown = open || attention;
  const toggle = () => {
    setOpen(!shown);
    rememberFold(id, !shown);
  };
  return (
    <div className={shown ? 'fold open' : 'fold'}>
      <button
        type="button"
        className="fold-toggle"
        aria-expanded={shown}
        aria-controls={bodyId}
        onClick={toggle}
      >
        <span className="fold-mark" aria-hidden="true" />
        {summary}
      </button>
      <div id={bodyId} className="fold-body" hidden={!shown}>
        {children}
      </div>
    </div>
  );
}

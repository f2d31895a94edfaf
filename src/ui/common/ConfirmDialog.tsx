import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The action destroys something: its button is drawn as a warning. */
  destructive?: boolean;
}

/**
 * A modal question with a confirm and a cancel button (native <dialog>:
 * focus trap and Esc built in, and focus goes back where it was on close).
 * Cancel has the focus first, so Enter never destroys anything by accident.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  destructive = false,
}: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="confirm" aria-labelledby={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{title}</h2>
      <div>{children}</div>
      <div className="buttons">
        <button type="button" autoFocus onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="button" className={destructive ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

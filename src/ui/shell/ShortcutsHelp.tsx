import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { CloseIcon, KeyboardIcon } from '../common/icons';
import { SHORTCUTS } from './shortcuts';

/** True when a key press there is typing (so `?` is a character, not a command). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file', 'color'].includes(
      target.type,
    )
  );
}

/**
 * The keyboard shortcuts help: a header button, and `?` anywhere outside a
 * text field. A native modal <dialog>: focus moves in, Escape closes it, and
 * focus goes back to where it was.
 */
export function ShortcutsHelp() {
  const { t } = useTranslation(['shell', 'common']);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (dialog.current?.open) return;
      e.preventDefault();
      returnTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-haspopup="dialog"
        onClick={(e) => {
          returnTo.current = e.currentTarget;
          setOpen(true);
        }}
      >
        <KeyboardIcon /> <span>{t('shortcuts.button')}</span>
      </button>
      <dialog
        ref={dialog}
        className="shortcuts"
        aria-labelledby="shortcuts-title"
        onClose={() => {
          setOpen(false);
          returnTo.current?.focus();
          returnTo.current = null;
        }}
      >
        <div className="dialog-head">
          <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
          <button type="button" className="icon" aria-label={t('common:close')} onClick={close}>
            <CloseIcon />
          </button>
        </div>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.keys')}</th>
              <th scope="col">{t('shortcuts.action')}</th>
              <th scope="col">{t('shortcuts.where')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.id}>
                <td>
                  {/* Key caps are named as printed on the keyboard. */}
                  <kbd translate="no">{t(`shortcuts.list.${s.id}.keys`)}</kbd>
                </td>
                <td>{t(`shortcuts.list.${s.id}.action`)}</td>
                <td>{t(`shortcuts.places.${s.where}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </dialog>
    </>
  );
}

import './guides.css';
import { useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { setGuidesOpen } from '../../store/actions/guides';
import { useStore } from '../../store/store';
import { GuidesDrawer } from './GuidesDrawer';

/**
 * The header's "Guided recipes" button and the drawer it opens. The drawer
 * is not modal: it stays open beside the panels while the user works.
 */
export function GuidesButton() {
  const { t } = useTranslation('guides');
  const open = useStore((s) => s.guidesOpen);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setGuidesOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="guides-button"
        aria-expanded={open}
        aria-controls="guides-drawer"
        onClick={() => setGuidesOpen(!open)}
      >
        {t('drawer.button')}
      </button>
      {open && <GuidesDrawer onClose={close} />}
    </>
  );
}

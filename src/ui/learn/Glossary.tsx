import { useEffect, useRef } from 'react';
import { LEARN_TEXT } from '../../core/learn/ui-text';
import { closeGlossary, openGlossary } from '../../store/actions/learn';
import { useStore } from '../../store/store';
import { GlossaryConcepts, showEntry } from './GlossaryConcepts';
import { GlossaryLifecycle } from './GlossaryLifecycle';
import { LanguageSwitch } from './LanguageSwitch';
import { reveal } from './reveal';
import { useLanguage } from './use-language';
import './learn.css';

/** The hash parameter that opens the glossary (`#glossary`, beside a `setup=` link). */
const HASH_PARAM = 'glossary';

const hashParams = () => new URLSearchParams(location.hash.replace(/^#/, ''));

/** Put the glossary parameter in the address bar, or take it out, keeping the rest. */
function markHash(open: boolean): void {
  const params = hashParams();
  if (params.has(HASH_PARAM) === open) return;
  if (open) params.set(HASH_PARAM, '');
  else params.delete(HASH_PARAM);
  const hash = params.toString().replace(/^glossary=$/, 'glossary');
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`,
  );
}

/**
 * The header's Glossary button and the glossary itself: a modal dialog with
 * the lifecycle in order and every concept A–Z. `#glossary` in the address
 * opens it, at load or when typed later.
 */
export function GlossaryOpener() {
  const { t } = useLanguage();
  const glossary = useStore((s) => s.glossary);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const follow = () => {
      if (hashParams().has(HASH_PARAM)) openGlossary();
    };
    follow();
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (glossary.open && !d.open) d.showModal();
    if (!glossary.open && d.open) d.close();
    markHash(glossary.open);
    if (glossary.open && glossary.concept) showEntry(glossary.concept);
  }, [glossary]);

  // Close first, so the page behind is no longer inert and can take the focus.
  const showInApp = (target: string) => {
    closeGlossary();
    dialog.current?.close();
    reveal(target);
  };

  return (
    <>
      <button type="button" className="glossary-open" onClick={() => openGlossary()}>
        {t(LEARN_TEXT.openGlossary)}
      </button>
      <dialog
        ref={dialog}
        className="glossary"
        aria-labelledby="glossary-title"
        onClose={() => {
          if (useStore.getState().glossary.open) closeGlossary();
        }}
      >
        {glossary.open && (
          <>
            <header className="glossary-head">
              <h2 id="glossary-title">{t(LEARN_TEXT.glossary)}</h2>
              <LanguageSwitch />
              <button type="button" onClick={closeGlossary}>
                {t(LEARN_TEXT.close)}
              </button>
            </header>
            <GlossaryLifecycle onShow={showInApp} />
            <GlossaryConcepts onShow={showInApp} />
          </>
        )}
      </dialog>
    </>
  );
}

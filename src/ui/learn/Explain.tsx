import { useId, useRef, useState } from 'react';
import { concept, type ConceptId } from '../../core/learn';
import { LEARN_TEXT, withTitle } from '../../core/learn/ui-text';
import { openGlossary } from '../../store/actions/learn';
import { ConceptCard } from './ConceptCard';
import { LanguageSwitch } from './LanguageSwitch';
import { useLanguage } from './use-language';
import './learn.css';

/** Widest the popover gets, in CSS pixels (22rem at 14px). */
const POP_WIDTH = 308;

/**
 * A small "?" beside a control's label that opens the concept's explanation
 * in a non-modal popover: a click (or tap, or Enter) toggles it, Escape or a
 * click elsewhere closes it, Tab from the button walks into it, and closing
 * from inside gives the focus back to the button (the browser's popover
 * does all of this).
 */
export function Explain({ concept: id }: { concept: ConceptId }) {
  const { t } = useLanguage();
  const popId = useId();
  const titleId = `${popId}-title`;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLDivElement>(null);
  const title = t(concept(id).title);

  // Below the button, kept inside the viewport; the popover sits in the top
  // layer, where absolute positions are the document's.
  const place = () => {
    const b = button.current?.getBoundingClientRect();
    const p = pop.current;
    if (!b || !p) return;
    const width = Math.min(POP_WIDTH, innerWidth - 16);
    const left = Math.max(8, Math.min(b.left, innerWidth - width - 8));
    p.style.left = `${left + scrollX}px`;
    p.style.top = `${b.bottom + scrollY + 4}px`;
  };
  const toGlossary = (target: ConceptId) => {
    pop.current?.hidePopover();
    openGlossary(target);
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="explain"
        aria-expanded={open}
        popoverTarget={popId}
        onClick={place}
      >
        {/* The name is text, not aria-label, so a search by label finds only the control. */}
        <span aria-hidden="true">?</span>
        <span className="sr-only">{withTitle(t(LEARN_TEXT.explainButton), title)}</span>
      </button>
      <div
        ref={pop}
        id={popId}
        popover="auto"
        role="dialog"
        aria-labelledby={open ? titleId : undefined}
        className="explain-pop"
        onToggle={(e) => setOpen(e.newState === 'open')}
      >
        {open && (
          <>
            <div className="explain-tools">
              <LanguageSwitch />
              <button
                type="button"
                className="icon"
                aria-label={t(LEARN_TEXT.closeExplanation)}
                onClick={() => {
                  pop.current?.hidePopover();
                  button.current?.focus();
                }}
              >
                ✕
              </button>
            </div>
            <ConceptCard id={id} level={3} titleId={titleId} onRelated={toGlossary} />
            <button type="button" className="link" onClick={() => toGlossary(id)}>
              {t(LEARN_TEXT.moreInGlossary)}
            </button>
          </>
        )}
      </div>
    </>
  );
}

import { conceptsAtoZ, indexLetter, type ConceptId } from '../../core/learn';
import { LEARN_TEXT } from '../../core/learn/ui-text';
import { ConceptCard } from './ConceptCard';
import { useLanguage } from './use-language';

/** The anchor of a concept's entry in the glossary. */
export const entryId = (id: string): string => `glossary-${id}`;

/** Scroll a glossary entry into view and focus it. */
export function showEntry(id: string): void {
  const el = document.getElementById(entryId(id));
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
}

const ALL = conceptsAtoZ();
const LETTERS = [...new Set(ALL.map(indexLetter))];

/** Every concept, A–Z by its English name, with a row of letters to jump by. */
export function GlossaryConcepts({ onShow }: { onShow: (target: string) => void }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="glossary-concepts-title">
      <h3 id="glossary-concepts-title">{t(LEARN_TEXT.concepts)}</h3>
      <nav className="glossary-letters" aria-label={t(LEARN_TEXT.letters)}>
        {LETTERS.map((l) => (
          <button
            key={l}
            type="button"
            className="link"
            onClick={() => showEntry(ALL.find((c) => indexLetter(c) === l)?.id ?? '')}
          >
            {l}
          </button>
        ))}
      </nav>
      {ALL.map((c) => (
        <article
          key={c.id}
          id={entryId(c.id)}
          tabIndex={-1}
          className="glossary-entry"
          aria-labelledby={`${entryId(c.id)}-title`}
        >
          <ConceptCard
            id={c.id as ConceptId}
            level={4}
            titleId={`${entryId(c.id)}-title`}
            onRelated={showEntry}
          />
          <button type="button" className="link" onClick={() => onShow(c.target)}>
            {t(LEARN_TEXT.showInApp)}
          </button>
        </article>
      ))}
    </section>
  );
}

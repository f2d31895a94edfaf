import { concept, isConceptId, LIFECYCLE } from '../../core/learn';
import { LEARN_TEXT } from '../../core/learn/ui-text';
import { showEntry } from './GlossaryConcepts';
import { useLanguage } from './use-language';

/** The lifecycle in order, each step with its concepts and a button to where the app does it. */
export function GlossaryLifecycle({ onShow }: { onShow: (target: string) => void }) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="glossary-lifecycle-title">
      <h3 id="glossary-lifecycle-title">{t(LEARN_TEXT.lifecycle)}</h3>
      <p>{t(LEARN_TEXT.lifecycleIntro)}</p>
      <ol className="lifecycle">
        {LIFECYCLE.map((step) => (
          <li key={step.id}>
            <h4>{t(step.title)}</h4>
            <p>{t(step.text)}</p>
            <p className="concept-related" aria-label={t(LEARN_TEXT.stepConcepts)}>
              {step.concepts.filter(isConceptId).map((c) => (
                <button key={c} type="button" className="link" onClick={() => showEntry(c)}>
                  {t(concept(c).title)}
                </button>
              ))}
            </p>
            <button type="button" onClick={() => onShow(step.target)}>
              {t(step.go)}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

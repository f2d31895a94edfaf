import { concept, isConceptId, type ConceptId } from '../../core/learn';
import { LEARN_TEXT } from '../../core/learn/ui-text';
import { useLanguage } from './use-language';

interface Props {
  id: ConceptId;
  /** The title's heading level where the card sits. */
  level: 3 | 4;
  /** The id of the title, for what the card labels. */
  titleId?: string;
  /** A related concept was chosen. */
  onRelated: (id: ConceptId) => void;
}

/** One concept: what it is, its formula, what to watch for, where it lives, what relates. */
export function ConceptCard({ id, level, titleId, onRelated }: Props) {
  const { language, t } = useLanguage();
  const c = concept(id);
  const Title = level === 3 ? 'h3' : 'h4';
  const Sub = level === 3 ? 'h4' : 'h5';
  const related = c.related.filter(isConceptId);
  return (
    <div className="concept" lang={language === 'zh' ? 'zh-Hans' : 'en'}>
      <Title id={titleId} className="concept-title">
        {t(c.title)}
      </Title>
      <p>{t(c.summary)}</p>
      {c.formula && (
        <figure className="formula">
          <figcaption className="sr-only">{t(LEARN_TEXT.formula)}</figcaption>
          <pre role="math" aria-label={c.formula}>
            {c.formula}
          </pre>
        </figure>
      )}
      <Sub className="concept-sub">{t(LEARN_TEXT.watch)}</Sub>
      <p>{t(c.watch)}</p>
      <Sub className="concept-sub">{t(LEARN_TEXT.where)}</Sub>
      <p>{t(c.where)}</p>
      {related.length > 0 && (
        <p className="concept-related">
          <span>{t(LEARN_TEXT.related)}</span>
          {related.map((r) => (
            <button key={r} type="button" className="link" onClick={() => onRelated(r)}>
              {t(concept(r).title)}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}

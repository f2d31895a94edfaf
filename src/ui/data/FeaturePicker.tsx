import { useState } from 'react';
import type { TableSpec } from '../../core/data/dataset-spec';
import type { ColumnSummary } from '../../core/data/table';
import { usable } from '../../core/data/table-choice';
import { shownItems } from '../../core/data/table-notes';
import { formatInt } from '../../core/format';
import { useTranslation } from '../../i18n/react';
import { setTableSpec } from '../../store/actions/data';

/** Checkboxes drawn at most; a wider table gets a search box and "and N more". */
const MAX_SHOWN = 40;

/** The feature columns of a table as checkboxes, searchable when there are many. */
export function FeaturePicker({ spec, columns }: { spec: TableSpec; columns: ColumnSummary[] }) {
  const { t } = useTranslation('data');
  const [query, setQuery] = useState('');
  const candidates = columns.filter((c) => c.name !== spec.label);
  const wide = candidates.length > MAX_SHOWN;
  const { shown, more } = shownItems(candidates, (c) => c.name, wide ? query : '', MAX_SHOWN);
  const chosen = new Set(spec.features);
  const setFeatures = (names: Set<string>) =>
    setTableSpec({ features: columns.map((c) => c.name).filter((n) => names.has(n)) });
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    setFeatures(next);
  };
  return (
    <fieldset className="features">
      <legend>{t('features.legend')}</legend>
      {wide && (
        <div className="row feature-tools">
          <input
            type="search"
            aria-label={t('features.find')}
            placeholder={t('features.findAmong', { n: formatInt(candidates.length) })}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button
            type="button"
            onClick={() => setFeatures(new Set(candidates.filter(usable).map((c) => c.name)))}
          >
            {t('features.useAll')}
          </button>
          <span className="help">
            {t('features.inUse', {
              chosen: formatInt(chosen.size),
              total: formatInt(candidates.length),
            })}
          </span>
        </div>
      )}
      {shown.map((c) => (
        <label key={c.name} className={usable(c) ? undefined : 'unusable'}>
          <input
            type="checkbox"
            checked={chosen.has(c.name)}
            disabled={!usable(c)}
            onChange={(e) => toggle(c.name, e.target.checked)}
          />{' '}
          <span translate="no">{c.name}</span>
          {c.type === 'categorical' && <small> {t('features.oneHot')}</small>}
          {!usable(c) && (
            <small>
              {' '}
              {t('features.why', { why: t(c.type === 'empty' ? 'why.empty' : 'why.text') })}
            </small>
          )}
        </label>
      ))}
      {more > 0 && (
        <p className="help" data-testid="features-more">
          {t(query.trim() ? 'features.moreMatching' : 'features.more', { n: formatInt(more) })}
        </p>
      )}
      {wide && shown.length === 0 && <p className="help">{t('features.noMatch', { query })}</p>}
    </fieldset>
  );
}

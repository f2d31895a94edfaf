import { useState } from 'react';
import type { TableSpec } from '../../core/data/dataset-spec';
import type { ColumnSummary } from '../../core/data/table';
import { usable } from '../../core/data/table-choice';
import { shownItems } from '../../core/data/table-notes';
import { setTableSpec } from '../../store/actions/data';

/** Checkboxes drawn at most; a wider table gets a search box and "and N more". */
const MAX_SHOWN = 40;

const WHY_NOT: Record<string, string> = {
  text: 'free text',
  empty: 'empty',
};

/** The feature columns of a table as checkboxes, searchable when there are many. */
export function FeaturePicker({ spec, columns }: { spec: TableSpec; columns: ColumnSummary[] }) {
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
      <legend>Feature columns</legend>
      {wide && (
        <div className="row feature-tools">
          <input
            type="search"
            aria-label="Find a feature column"
            placeholder={`Find among ${candidates.length.toLocaleString('en-US')} columns`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button
            type="button"
            onClick={() => setFeatures(new Set(candidates.filter(usable).map((c) => c.name)))}
          >
            Use all
          </button>
          <span className="help">
            {chosen.size.toLocaleString('en-US')} of {candidates.length.toLocaleString('en-US')} in
            use
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
          {c.name}
          {c.type === 'categorical' && <small> (one-hot)</small>}
          {!usable(c) && <small> ({WHY_NOT[c.type]})</small>}
        </label>
      ))}
      {more > 0 && (
        <p className="help" data-testid="features-more">
          and {more.toLocaleString('en-US')} more {query.trim() ? 'matching ' : ''}columns: type
          part of a name above to find one.
        </p>
      )}
      {wide && shown.length === 0 && <p className="help">No column matches “{query}”.</p>}
    </fieldset>
  );
}

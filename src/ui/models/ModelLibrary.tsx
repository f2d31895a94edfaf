import { useDeferredValue, useState } from 'react';
import { browseLibrary, LIBRARY_SORTS, type LibrarySort } from '../../core/io/library';
import { deleteSaved } from '../../store/actions/models';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { LibraryRow } from './LibraryRow';
import { StorageLine } from './StorageLine';

/** The models saved in this browser: search, sort, and one row each. */
export function ModelLibrary() {
  const saved = useStore((s) => s.saved);
  const damaged = useStore((s) => s.savedDamaged);
  const busy = useStore((s) => s.modelsBusy);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('newest');
  const shown = browseLibrary(saved, useDeferredValue(query), sort);

  return (
    <section className="library" aria-labelledby="library-title">
      <h3 id="library-title">Saved in this browser</h3>
      <StorageLine />
      {saved.length > 1 && (
        <div className="row align-end">
          <div className="field grow">
            <label htmlFor="library-search">Search saved models</label>
            <input
              id="library-search"
              type="search"
              value={query}
              placeholder="name or layer"
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <ChoiceField
            id="library-sort"
            label="Sort saved models"
            value={sort}
            options={LIBRARY_SORTS}
            onChange={setSort}
          />
        </div>
      )}
      {saved.length === 0 ? (
        <p className="empty">No saved models yet.</p>
      ) : shown.length === 0 ? (
        <p className="empty">No saved model matches “{query}”.</p>
      ) : (
        <ul className="saved-list" aria-label="Saved models">
          {shown.map((m) => (
            <LibraryRow key={m.name} model={m} />
          ))}
        </ul>
      )}
      {damaged.length > 0 && (
        <ul className="saved-list damaged" aria-label="Damaged saved models">
          {damaged.map((d) => (
            <li key={d.name}>
              <div>
                <strong>{d.name}</strong>
                <small className="error">Cannot be read: {d.problem}</small>
              </div>
              <button
                type="button"
                disabled={busy}
                aria-label={`Delete ${d.name}`}
                onClick={() => void deleteSaved(d.name)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

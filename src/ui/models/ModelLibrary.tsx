import { useDeferredValue, useState } from 'react';
import { browseLibrary, LIBRARY_SORTS, type LibrarySort } from '../../core/io/library';
import { deleteSaved } from '../../store/actions/models';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { LibraryRow } from './LibraryRow';
import { StorageLine } from './StorageLine';
import { Trans, useTranslation } from '../../i18n/react';

/** The models saved in this browser: search, sort, and one row each. */
export function ModelLibrary() {
  const { t } = useTranslation('models');
  const saved = useStore((s) => s.saved);
  const damaged = useStore((s) => s.savedDamaged);
  const busy = useStore((s) => s.modelsBusy);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('newest');
  const shown = browseLibrary(saved, useDeferredValue(query), sort);

  return (
    <section className="library" aria-labelledby="library-title">
      <h3 id="library-title">{t('library.title')}</h3>
      <StorageLine />
      {saved.length > 1 && (
        <div className="row align-end">
          <div className="field grow">
            <label htmlFor="library-search">{t('library.search')}</label>
            <input
              id="library-search"
              type="search"
              value={query}
              placeholder={t('library.searchPlaceholder')}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <ChoiceField
            id="library-sort"
            label={t('library.sortLabel')}
            value={sort}
            options={LIBRARY_SORTS.map((o) => ({ ...o, label: t(`library.sort.${o.id}`) }))}
            onChange={setSort}
          />
        </div>
      )}
      {saved.length === 0 ? (
        <p className="empty">{t('library.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">
          <Trans
            t={t}
            i18nKey="library.noMatch"
            components={{ query: <span translate="no">{query}</span> }}
          />
        </p>
      ) : (
        <ul className="saved-list" aria-label={t('library.listAria')}>
          {shown.map((m) => (
            <LibraryRow key={m.name} model={m} />
          ))}
        </ul>
      )}
      {damaged.length > 0 && (
        <ul className="saved-list damaged" aria-label={t('library.damagedAria')}>
          {damaged.map((d) => (
            <li key={d.name}>
              <div>
                <strong translate="no">{d.name}</strong>
                <small className="error">{t('library.damaged', { problem: d.problem })}</small>
              </div>
              <button
                type="button"
                disabled={busy}
                aria-label={t('library.deleteAria', { name: d.name })}
                onClick={() => void deleteSaved(d.name)}
              >
                {t('library.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

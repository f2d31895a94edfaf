import { GUIDES } from '../../core/guides/guides';
import { useTranslation } from '../../i18n/react';
import { startGuide } from '../../store/actions/guides';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';

/** Every recipe, each with a button that sets it up. */
export function GuideList() {
  const { t } = useTranslation('guides');
  const running = useStore(selectIsRunning);
  return (
    <>
      <p className="guides-intro">{t('drawer.intro')}</p>
      <ul className="guides-list" aria-label={t('drawer.recipes')}>
        {GUIDES.map((g) => (
          <li key={g.id}>
            <h3 id={`guide-${g.id}`}>{t(g.title)}</h3>
            <p>{t(g.summary)}</p>
            <button
              type="button"
              aria-describedby={`guide-${g.id}`}
              disabled={running}
              onClick={() => void startGuide(g.id)}
            >
              {t('drawer.start')}
            </button>
          </li>
        ))}
      </ul>
      {running && <p className="guides-intro">{t('drawer.stopToStart')}</p>}
    </>
  );
}

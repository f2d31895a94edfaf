import { dismissStartupNotice } from '../../store/actions/share';
import { startFresh } from '../../store/actions/startup';
import { useStore } from '../../store/store';
import { useTranslation } from '../../i18n/react';

/**
 * What the app says about the setup it opened with, under the header: each
 * field of a link (or of the stored last setup) that took its default, and
 * "Restored your last setup · Start fresh" after a visit without a link.
 */
export function StartupNotice() {
  const { t } = useTranslation('shell');
  const notice = useStore((s) => s.startupNotice);
  if (!notice) return null;
  const problems = notice.problems.length > 0;
  const dismiss = (
    <button type="button" className="link" onClick={dismissStartupNotice}>
      {t('startup.dismiss')}
    </button>
  );
  return (
    <div
      className={`notice ${problems ? 'error' : 'info'} startup-notice`}
      role={problems ? 'alert' : 'status'}
      aria-label={t('startup.region')}
    >
      {notice.restored && (
        <p>
          {t('startup.restored')} ·{' '}
          <button type="button" className="link" onClick={() => void startFresh()}>
            {t('startup.startFresh')}
          </button>
          {!problems && <> · {dismiss}</>}
        </p>
      )}
      {problems && (
        <>
          <p>{t(`startup.headings.${notice.source}`)}</p>
          <ul aria-label={t('startup.problems')}>
            {notice.problems.map((p, i) => (
              <li key={`${i}:${p}`}>{p}</li>
            ))}
          </ul>
          {dismiss}
        </>
      )}
    </div>
  );
}

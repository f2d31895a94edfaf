import { useEffect, useState, useSyncExternalStore } from 'react';
import { selectWorkGoing } from '../../store/selectors';
import { useStore } from '../../store/store';
import { useTranslation } from '../../i18n/react';
import { applyUpdate, subscribeUpdate, updateWaiting } from './sw-updates';
import { updateStep } from './update-gate';
import './pwa.css';

const noUpdateOnServer = () => false;

/**
 * "A new version is available — Reload", under the header, once a new
 * version of the app is installed and waiting. The reload never cuts a run
 * short: asked for during one, it waits for the run to stop and says so.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('shell');
  const waiting = useSyncExternalStore(subscribeUpdate, updateWaiting, noUpdateOnServer);
  const busy = useStore(selectWorkGoing);
  const [requested, setRequested] = useState(false);
  const step = updateStep(waiting, busy, requested);

  useEffect(() => {
    if (step === 'reload') applyUpdate();
  }, [step]);

  if (step === 'hidden') return null;
  return (
    <div className="notice info update-prompt" role="status" aria-label={t('update.region')}>
      {step === 'offer' && <p>{t('update.offer')}</p>}
      {step === 'offer-after-run' && <p>{t('update.offerAfterRun')}</p>}
      {step === 'deferred' && <p>{t('update.deferred')}</p>}
      {step === 'reload' && <p>{t('update.reloading')}</p>}
      {step === 'offer' && (
        <button type="button" className="primary" onClick={() => setRequested(true)}>
          {t('update.reload')}
        </button>
      )}
      {step === 'offer-after-run' && (
        <button type="button" onClick={() => setRequested(true)}>
          {t('update.reloadAfterRun')}
        </button>
      )}
      {step === 'deferred' && (
        <button type="button" onClick={() => setRequested(false)}>
          {t('update.dontReload')}
        </button>
      )}
    </div>
  );
}

import { formatBytes } from '../../core/format';
import { requestPersistentStorage } from '../../store/actions/models';
import { useStore } from '../../store/store';
import { useTranslation } from '../../i18n/react';

/** Storage used and left (navigator.storage.estimate), and persistence. */
export function StorageLine() {
  const { t } = useTranslation('models');
  const storage = useStore((s) => s.storage);
  if (!storage) return null;
  const free = Math.max(0, storage.quota - storage.usage);
  return (
    <p className="help storage" data-testid="storage">
      {t('storage.line', { used: formatBytes(storage.usage), free: formatBytes(free) })}{' '}
      {storage.persisted ? (
        t('storage.persistent')
      ) : (
        <button type="button" className="link" onClick={() => void requestPersistentStorage()}>
          {t('storage.keep')}
        </button>
      )}
    </p>
  );
}

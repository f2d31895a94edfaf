import { formatBytes } from '../../core/format';
import { requestPersistentStorage } from '../../store/actions/models';
import { useStore } from '../../store/store';

/** Storage used and left (navigator.storage.estimate), and persistence. */
export function StorageLine() {
  const storage = useStore((s) => s.storage);
  if (!storage) return null;
  const free = Math.max(0, storage.quota - storage.usage);
  return (
    <p className="help storage" data-testid="storage">
      Storage: {formatBytes(storage.usage)} used, {formatBytes(free)} free.{' '}
      {storage.persisted ? (
        'Persistent: the browser will not evict saved models.'
      ) : (
        <button type="button" className="link" onClick={() => void requestPersistentStorage()}>
          Keep saved models when space runs low
        </button>
      )}
    </p>
  );
}

import { undoDelete } from '../../store/actions/models';
import { useStore } from '../../store/store';
import { Trans, useTranslation } from '../../i18n/react';

/** Offer to bring back the last deleted model (until the next delete or reload). */
export function UndoDelete() {
  const { t } = useTranslation('models');
  const pending = useStore((s) => s.undoDelete);
  const busy = useStore((s) => s.modelsBusy);
  if (!pending) return null;
  return (
    <p className="undo-delete">
      <button type="button" disabled={busy} onClick={() => void undoDelete()}>
        <Trans
          t={t}
          i18nKey="undo.restore"
          components={{ name: <span translate="no">{pending.name}</span> }}
        />
      </button>
    </p>
  );
}

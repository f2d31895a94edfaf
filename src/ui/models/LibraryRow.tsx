import { useState } from 'react';
import {
  formatBytes,
  formatDateTime,
  formatInt,
  formatMetric,
  formatPercent,
} from '../../core/format';
import { MODEL_NAME_MAX, type SavedModelInfo } from '../../core/io/model-meta';
import { deleteSaved, duplicateSaved, loadSaved, renameSaved } from '../../store/actions/models';
import { useStore } from '../../store/store';
import { selectIsRunning } from '../../store/slices/run-slice';
import { t } from '../../i18n';
import { Trans, useTranslation } from '../../i18n/react';

function metricText(m: SavedModelInfo): string {
  if (m.epochs === 0) return t('models:row.untrained');
  const parts: string[] = [
    t('models:row.epochs', { epochs: m.epochs }),
    t('models:row.valLoss', { value: formatMetric(m.finalValLoss) }),
  ];
  if (m.finalValAcc !== null)
    parts.push(t('models:row.valAcc', { value: formatPercent(m.finalValAcc) }));
  if (m.finalValMae !== null)
    parts.push(t('models:row.valMae', { value: formatMetric(m.finalValMae) }));
  return parts.join(' · ');
}

/** The saved test result: "test 97.5%" or "test R² 0.9100"; "not evaluated" without one. */
function testText(m: SavedModelInfo): string {
  const test = m.test;
  if (!test) return t('models:row.notEvaluated');
  return test.kind === 'classification'
    ? t('models:row.testAccuracy', { value: formatPercent(test.value), n: formatInt(test.n) })
    : t('models:row.testR2', { value: formatMetric(test.value), n: formatInt(test.n) });
}

/** One saved model: what it is, and load / rename / duplicate / delete. */
export function LibraryRow({ model: m }: { model: SavedModelInfo }) {
  const { t } = useTranslation('models');
  const busy = useStore((s) => s.modelsBusy);
  const running = useStore(selectIsRunning);
  const [renaming, setRenaming] = useState<string | null>(null);

  return (
    <li>
      <div className="grow">
        {renaming === null ? (
          <strong translate="no">{m.name}</strong>
        ) : (
          <form
            className="row align-end"
            onSubmit={(e) => {
              e.preventDefault();
              void renameSaved(m.name, renaming).then((ok) => ok && setRenaming(null));
            }}
          >
            <input
              aria-label={t('row.renameAria', { name: m.name })}
              value={renaming}
              maxLength={MODEL_NAME_MAX}
              autoFocus
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            />
            <button type="submit" disabled={busy}>
              {t('row.saveName')}
            </button>
            <button type="button" onClick={() => setRenaming(null)}>
              {t('row.cancel')}
            </button>
          </form>
        )}
        <small>
          {t('row.size', {
            architecture: m.architecture,
            params: formatInt(m.totalParams),
            size: formatBytes(m.weightBytes + m.optimizerBytes),
          })}
        </small>
        <small>
          <Trans
            t={t}
            i18nKey="row.savedAt"
            values={{
              metrics: metricText(m),
              state: m.optimizerState ? t('row.stateSaved') : t('row.weightsOnly'),
            }}
            components={{ time: <time dateTime={m.savedAt}>{formatDateTime(m.savedAt)}</time> }}
          />
        </small>
        <small data-testid="library-test">{testText(m)}</small>
      </div>
      <div className="buttons">
        <button
          type="button"
          disabled={running || busy}
          aria-label={t('row.loadAria', { name: m.name })}
          onClick={() => void loadSaved(m.name)}
        >
          {t('row.load')}
        </button>
        <button
          type="button"
          disabled={busy || renaming !== null}
          aria-label={t('row.renameButtonAria', { name: m.name })}
          onClick={() => setRenaming(m.name)}
        >
          {t('row.rename')}
        </button>
        <button
          type="button"
          disabled={busy}
          aria-label={t('row.duplicateAria', { name: m.name })}
          onClick={() => void duplicateSaved(m.name)}
        >
          {t('row.duplicate')}
        </button>
        <button
          type="button"
          disabled={busy}
          aria-label={t('row.deleteAria', { name: m.name })}
          onClick={() => void deleteSaved(m.name)}
        >
          {t('row.delete')}
        </button>
      </div>
    </li>
  );
}

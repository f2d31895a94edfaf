import { useRef, useState } from 'react';
import { formatBytes } from '../../core/format';
import {
  deleteAllRuns,
  exportExperiment,
  importExperiment,
  undoRunsDelete,
} from '../../store/actions/runs';
import { useStore } from '../../store/store';
import { selectIsRunning } from '../../store/slices/run-slice';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { downloadBlob } from '../common/download';
import { t as translate } from '../../i18n';
import { useTranslation } from '../../i18n/react';

/** "23 runs · 1.4 MB of 200 runs" */
export function usageText(u: { count: number; bytes: number; limit: number }): string {
  return translate('runs:toolbar.usage', {
    count: u.count,
    bytes: formatBytes(u.bytes),
    limit: u.limit,
  });
}

/** The space the runs use, export and import of experiment files, delete all and its undo. */
export function RunsToolbar() {
  const { t } = useTranslation('runs');
  const usage = useStore((s) => s.runsUsage);
  const undo = useStore((s) => s.runsUndo);
  const selected = useStore((s) => s.runsSelected);
  const count = useStore((s) => s.runs.length);
  const running = useStore(selectIsRunning);
  const file = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);

  const exportRuns = async (ids?: string[]) => {
    const out = await exportExperiment(ids);
    if (out) downloadBlob(out.fileName, out.blob);
  };

  return (
    <div className="runs-toolbar">
      <p className="runs-usage" aria-label={t('toolbar.usageAria')}>
        {usage ? usageText(usage) : t('toolbar.reading')}
      </p>
      <div className="buttons">
        <button type="button" disabled={count === 0} onClick={() => void exportRuns()}>
          {t('toolbar.export')}
        </button>
        <button
          type="button"
          disabled={selected.length === 0}
          onClick={() => void exportRuns(selected)}
        >
          {t('toolbar.exportSelected')}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t('toolbar.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          aria-label={t('toolbar.importAria')}
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importExperiment(f);
          }}
        />
        <button type="button" disabled={count === 0 || running} onClick={() => setConfirming(true)}>
          {t('toolbar.deleteAll')}
        </button>
        {undo && (
          <button type="button" onClick={() => void undoRunsDelete()}>
            {t('toolbar.undo', { label: undo.label })}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('toolbar.confirmTitle')}
        confirmLabel={t('toolbar.deleteAll')}
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void deleteAllRuns();
        }}
      >
        <p>{t('toolbar.confirmText')}</p>
      </ConfirmDialog>
    </div>
  );
}

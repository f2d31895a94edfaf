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

/** "23 runs · 1.4 MB of 200 runs" */
export function usageText(u: { count: number; bytes: number; limit: number }): string {
  return `${u.count} ${u.count === 1 ? 'run' : 'runs'} · ${formatBytes(u.bytes)} of ${u.limit} runs`;
}

/** The space the runs use, export and import of experiment files, delete all and its undo. */
export function RunsToolbar() {
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
      <p className="runs-usage" aria-label="Space used by runs">
        {usage ? usageText(usage) : 'Reading runs…'}
      </p>
      <div className="buttons">
        <button type="button" disabled={count === 0} onClick={() => void exportRuns()}>
          Export experiment
        </button>
        <button
          type="button"
          disabled={selected.length === 0}
          onClick={() => void exportRuns(selected)}
        >
          Export selected
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          Import experiment
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          aria-label="Experiment file to import"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importExperiment(f);
          }}
        />
        <button type="button" disabled={count === 0 || running} onClick={() => setConfirming(true)}>
          Delete all runs
        </button>
        {undo && (
          <button type="button" onClick={() => void undoRunsDelete()}>
            Undo: restore {undo.label}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete all runs?"
        confirmLabel="Delete all runs"
        destructive
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void deleteAllRuns();
        }}
      >
        <p>
          Every recorded run and its history will be deleted from this browser. You can undo this
          until the next deletion or reload; export the experiment first to keep a copy.
        </p>
      </ConfirmDialog>
    </div>
  );
}

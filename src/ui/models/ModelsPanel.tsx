import { useState } from 'react';
import { formatBytes, formatInt, formatMetric } from '../../core/format';
import {
  deleteSaved,
  exportModelFiles,
  loadSaved,
  saveToBrowser,
  uploadModelFiles,
} from '../../store/actions/models';
import { useStore } from '../../store/store';
import { downloadBlob } from '../common/download';
import { NoticeLine, Panel } from '../common/Panel';

async function download() {
  const files = await exportModelFiles();
  if (!files) return;
  downloadBlob('model.json', new Blob([files.modelJson], { type: 'application/json' }));
  downloadBlob('weights.bin', new Blob([files.weights], { type: 'application/octet-stream' }));
}

/** Save to / load from the browser, download, upload. */
export function ModelsPanel() {
  const model = useStore((s) => s.model);
  const saved = useStore((s) => s.saved);
  const busy = useStore((s) => s.modelsBusy);
  const message = useStore((s) => s.modelsMessage);
  const running = useStore((s) => s.trainState === 'training' || s.trainState === 'paused');
  const [name, setName] = useState('my-model');
  const exists = saved.some((m) => m.name === name.trim());
  const canSave = model !== null && model.trainable && !running && !busy;

  return (
    <Panel title="5 · Models" id="models">
      {model?.loaded && (
        <div className="loaded-model" data-testid="loaded-model">
          <p>
            Current model: <strong>{model.name}</strong> · {model.loaded.layers.length} layers ·{' '}
            {formatInt(model.loaded.totalParams)} parameters · input {model.loaded.inputShape} →
            output {model.loaded.outputShape}
          </p>
        </div>
      )}
      <form
        className="row align-end"
        onSubmit={(e) => {
          e.preventDefault();
          void saveToBrowser(name, false);
        }}
      >
        <div className="field grow">
          <label htmlFor="model-name">Model name</label>
          <input
            id="model-name"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" disabled={!canSave}>
          Save to browser
        </button>
        <button type="button" disabled={!model || running || busy} onClick={() => void download()}>
          Download
        </button>
      </form>
      {exists && canSave && (
        <p className="help">
          A model named “{name.trim()}” is saved already.{' '}
          <button type="button" className="link" onClick={() => void saveToBrowser(name, true)}>
            Replace it
          </button>
        </p>
      )}
      <div className="field">
        <label htmlFor="model-upload">Upload model.json + weights.bin</label>
        <input
          id="model-upload"
          type="file"
          multiple
          accept=".json,.bin,application/json,application/octet-stream"
          disabled={running || busy}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) void uploadModelFiles(files);
          }}
        />
      </div>
      <NoticeLine notice={message} testId="models-message" />
      <h3>Saved in this browser</h3>
      {saved.length === 0 ? (
        <p className="empty">No saved models yet.</p>
      ) : (
        <ul className="saved-list" aria-label="Saved models">
          {saved.map((m) => (
            <li key={m.name}>
              <div>
                <strong>{m.name}</strong>
                <small>
                  {new Date(m.savedAt).toLocaleString()} · {m.architecture} ·{' '}
                  {formatInt(m.totalParams)} params · {formatBytes(m.weightBytes)} · val loss{' '}
                  {formatMetric(m.finalValLoss)}
                </small>
              </div>
              <div className="buttons">
                <button
                  type="button"
                  disabled={running || busy}
                  aria-label={`Load ${m.name}`}
                  onClick={() => void loadSaved(m.name)}
                >
                  Load
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Delete ${m.name}`}
                  onClick={() => void deleteSaved(m.name)}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

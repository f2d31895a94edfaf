import { useState } from 'react';
import {
  exportBundle,
  exportKerasProject,
  exportModelFiles,
} from '../../store/actions/model-files';
import { useStore } from '../../store/store';
import { saveFiles } from './save-files';
import { selectIsRunning } from '../../store/slices/run-slice';
import { Explain } from '../learn/Explain';

/** Download the model (TensorFlow.js files or one .zip) and export a Keras training script. */
export function FileActions() {
  const hasModel = useStore((s) => s.model !== null);
  const busy = useStore((s) => s.modelsBusy);
  const running = useStore(selectIsRunning);
  const [withOptimizer, setWithOptimizer] = useState(true);
  const off = !hasModel || running || busy;
  return (
    <div className="file-actions" role="group" aria-label="Model files">
      <div className="buttons">
        <button
          type="button"
          disabled={off}
          title="model.json + weights.bin: the standard TensorFlow.js layers format"
          onClick={() => void exportModelFiles().then((f) => f && saveFiles(f))}
        >
          Download
        </button>
        <button
          type="button"
          disabled={off}
          title="One file with the model, its settings and history: loads back in one step"
          onClick={() => void exportBundle(withOptimizer).then((f) => f && saveFiles([f]))}
        >
          Download .zip bundle
        </button>
        <button
          type="button"
          disabled={running}
          title="train.py + the data as CSV: train the same network with TensorFlow / Keras"
          onClick={() => {
            const f = exportKerasProject();
            if (f) saveFiles([f]);
          }}
        >
          Export for Python / Keras
        </button>
        <Explain concept="serialisation" />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={withOptimizer}
          onChange={(e) => setWithOptimizer(e.target.checked)}
        />
        Bundle includes the training state
      </label>
    </div>
  );
}

import { useState } from 'react';
import { MODEL_NAME_MAX } from '../../core/io/model-meta';
import { saveToBrowser } from '../../store/actions/models';
import { useStore } from '../../store/store';
import { selectIsRunning } from '../../store/slices/run-slice';
import { LabelRow } from '../learn/LabelRow';

/** Save the current model in this browser under a name, optionally with its optimizer state. */
export function SaveForm() {
  const model = useStore((s) => s.model);
  const saved = useStore((s) => s.saved);
  const busy = useStore((s) => s.modelsBusy);
  const running = useStore(selectIsRunning);
  const [name, setName] = useState('my-model');
  const [withOptimizer, setWithOptimizer] = useState(true);
  const exists = saved.some((m) => m.name === name.trim());
  const canSave = model !== null && model.trainable && !running && !busy;
  const save = (replace: boolean) =>
    void saveToBrowser(name, { replace, includeOptimizer: withOptimizer });

  return (
    <form
      className="save-form"
      onSubmit={(e) => {
        e.preventDefault();
        save(false);
      }}
    >
      <div className="row align-end">
        <div className="field grow">
          <LabelRow explain="storage">
            <label htmlFor="model-name">Model name</label>
          </LabelRow>
          <input
            id="model-name"
            value={name}
            maxLength={MODEL_NAME_MAX}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" disabled={!canSave}>
          Save to browser
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={withOptimizer}
          onChange={(e) => setWithOptimizer(e.target.checked)}
        />
        Include the training state, so continued training resumes exactly
      </label>
      <p className="help">
        The training state is the optimizer’s memory (Adam’s moment estimates, the step count):
        about 2–3× the size of the weights.
      </p>
      {model && !model.trainable && (
        <p className="help">
          This model was made elsewhere: download it, or train one here to save it in the browser.
        </p>
      )}
      {exists && canSave && (
        <p className="help">
          A model named “{name.trim()}” is saved already.{' '}
          <button type="button" className="link" onClick={() => save(true)}>
            Replace it
          </button>
        </p>
      )}
    </form>
  );
}

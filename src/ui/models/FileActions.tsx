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
import { useTranslation } from '../../i18n/react';

/** Download the model (TensorFlow.js files or one .zip) and export a Keras training script. */
export function FileActions() {
  const { t } = useTranslation('models');
  const hasModel = useStore((s) => s.model !== null);
  const busy = useStore((s) => s.modelsBusy);
  const running = useStore(selectIsRunning);
  const [withOptimizer, setWithOptimizer] = useState(true);
  const off = !hasModel || running || busy;
  return (
    <div className="file-actions" role="group" aria-label={t('files.aria')}>
      <div className="buttons">
        <button
          type="button"
          disabled={off}
          title={t('files.downloadTitle')}
          onClick={() => void exportModelFiles().then((f) => f && saveFiles(f))}
        >
          {t('files.download')}
        </button>
        <button
          type="button"
          disabled={off}
          title={t('files.bundleTitle')}
          onClick={() => void exportBundle(withOptimizer).then((f) => f && saveFiles([f]))}
        >
          {t('files.bundle')}
        </button>
        <button
          type="button"
          disabled={running}
          title={t('files.kerasTitle')}
          onClick={() => {
            const f = exportKerasProject();
            if (f) saveFiles([f]);
          }}
        >
          {t('files.keras')}
        </button>
        <Explain concept="serialisation" />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={withOptimizer}
          onChange={(e) => setWithOptimizer(e.target.checked)}
        />
        {t('files.bundleState')}
      </label>
    </div>
  );
}

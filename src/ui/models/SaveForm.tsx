import { useState } from 'react';
import { MODEL_NAME_MAX } from '../../core/io/model-meta';
import { saveToBrowser } from '../../store/actions/models';
import { useStore } from '../../store/store';
import { selectIsRunning } from '../../store/slices/run-slice';
import { LabelRow } from '../learn/LabelRow';
import { Trans, useTranslation } from '../../i18n/react';

/** Save the current model in this browser under a name, optionally with its optimizer state. */
export function SaveForm() {
  const { t } = useTranslation('models');
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
            <label htmlFor="model-name">{t('save.nameLabel')}</label>
          </LabelRow>
          <input
            id="model-name"
            value={name}
            maxLength={MODEL_NAME_MAX}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" disabled={!canSave}>
          {t('save.submit')}
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={withOptimizer}
          onChange={(e) => setWithOptimizer(e.target.checked)}
        />
        {t('save.withState')}
      </label>
      <p className="help">{t('save.stateHelp')}</p>
      {model && !model.trainable && <p className="help">{t('save.elsewhere')}</p>}
      {exists && canSave && (
        <p className="help">
          <Trans
            t={t}
            i18nKey="save.exists"
            components={{ name: <span translate="no">{name.trim()}</span> }}
          />{' '}
          <button type="button" className="link" onClick={() => save(true)}>
            {t('save.replace')}
          </button>
        </p>
      )}
    </form>
  );
}

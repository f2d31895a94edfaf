import { LEARNING_RATE_MAX, LEARNING_RATE_MIN } from '../../core/train/training-config';
import { setLearningRate } from '../../store/actions/training-config';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { selectIsRunning } from '../../store/slices/run-slice';
import { LabelRow } from '../learn/LabelRow';

const LOG_MIN = Math.log10(LEARNING_RATE_MIN);
const LOG_MAX = Math.log10(LEARNING_RATE_MAX);

/** The learning rate, typed or on a log-scale slider. Stays live during a run. */
export function LearningRateField() {
  const { t } = useTranslation('training');
  const lr = useStore((s) => s.training.learningRate);
  const running = useStore(selectIsRunning);
  const log = Number.isFinite(lr) && lr > 0 ? Math.log10(lr) : LOG_MIN;
  return (
    <div className="field">
      <LabelRow explain="learningRate">
        <label htmlFor="learning-rate">{t('rate.label')}</label>
      </LabelRow>
      <div className="row lr-row">
        <NumberInput
          id="learning-rate"
          min={LEARNING_RATE_MIN}
          max={LEARNING_RATE_MAX}
          step="any"
          value={lr}
          onValue={setLearningRate}
        />
        <input
          type="range"
          aria-label={t('rate.slider')}
          min={LOG_MIN}
          max={LOG_MAX}
          step={0.05}
          value={log}
          onChange={(e) => setLearningRate(Number((10 ** Number(e.target.value)).toPrecision(2)))}
        />
      </div>
      <p className="help">
        {t('rate.help')}
        {running && t('rate.live')}
      </p>
    </div>
  );
}

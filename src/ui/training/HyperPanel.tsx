import {
  batchMode,
  BATCH_SIZE_MAX,
  EPOCHS_MAX,
  trainingProblems,
} from '../../core/train/training-config';
import { setTraining } from '../../store/actions/training-config';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { Fold } from '../common/Fold';
import { Field } from '../common/Panel';
import { outputHead } from '../../core/model/network-spec';
import { lossUnavailableReason } from '../../core/train/losses';
import { LearningRateField } from './LearningRateField';
import { BackendFold } from './BackendField';
import {
  finderSummary,
  optimizerSummary,
  scheduleSummary,
  seedSummary,
  stoppingSummary,
} from './fold-summaries';
import { LossField } from './LossField';
import { LrFinder } from './LrFinder';
import { OptimizerFields } from './OptimizerFields';
import { ScheduleFields } from './ScheduleFields';
import { StoppingFields } from './StoppingFields';
import { selectIsRunning } from '../../store/slices/run-slice';
import './training.css';

/**
 * Every hyperparameter, each with what it does: the learning rate, batch size
 * and epochs in view, the rest in folded groups that say their values. During
 * a run only the learning rate and its schedule stay editable (they apply at
 * the next batch).
 */
export function HyperPanel() {
  const { t: tr } = useTranslation('training');
  const t = useStore((s) => s.training);
  const trainN = useStore((s) => s.dataset.train.n);
  const running = useStore(selectIsRunning);
  const finderResult = useStore((s) => s.lrFinder.result);
  const lossMisfit = useStore(
    (s) => lossUnavailableReason(s.training.loss, outputHead(s.network, s.dataset.task)) !== null,
  );
  const problems = trainingProblems(t);
  return (
    <div className="hyper">
      <LearningRateField />
      <fieldset className="plain" disabled={running}>
        <legend className="sr-only">{tr('hyper.batchesLegend')}</legend>
        <div className="row">
          <Field
            label={tr('hyper.batchSize')}
            htmlFor="batch-size"
            explain="batchSize"
            help={
              Number.isFinite(t.batchSize)
                ? tr('hyper.batchSizeHelp', { mode: batchMode(t.batchSize, trainN) })
                : undefined
            }
          >
            <NumberInput
              id="batch-size"
              min={1}
              max={BATCH_SIZE_MAX}
              step={1}
              value={t.batchSize}
              onValue={(batchSize) => setTraining({ batchSize })}
            />
          </Field>
          <Field
            label={tr('hyper.epochs')}
            htmlFor="epochs"
            explain="epoch"
            help={tr('hyper.epochsHelp')}
          >
            <NumberInput
              id="epochs"
              min={1}
              max={EPOCHS_MAX}
              step={1}
              value={t.epochs}
              onValue={(epochs) => setTraining({ epochs })}
            />
          </Field>
        </div>
      </fieldset>
      <Fold id="train-optimizer" summary={optimizerSummary(t)} attention={lossMisfit}>
        <fieldset className="plain" disabled={running}>
          <legend className="sr-only">{tr('hyper.optimizerLegend')}</legend>
          <OptimizerFields />
          <LossField />
        </fieldset>
      </Fold>
      <Fold id="train-lr-finder" summary={finderSummary(finderResult)}>
        <LrFinder />
      </Fold>
      <Fold id="train-schedule" summary={scheduleSummary(t)}>
        <ScheduleFields />
      </Fold>
      <Fold id="train-stopping" summary={stoppingSummary(t)}>
        <fieldset className="plain" disabled={running}>
          <legend className="sr-only">{tr('hyper.stoppingLegend')}</legend>
          <StoppingFields />
        </fieldset>
      </Fold>
      <Fold id="train-seed" summary={seedSummary(t)}>
        <fieldset className="plain" disabled={running}>
          <legend className="sr-only">{tr('hyper.seedLegend')}</legend>
          <div className="row">
            <Field label={tr('hyper.seed')} htmlFor="train-seed" help={tr('hyper.seedHelp')}>
              <NumberInput
                id="train-seed"
                min={0}
                step={1}
                value={t.seed}
                onValue={(seed) => setTraining({ seed })}
              />
            </Field>
            <label className="inline shuffle" title={tr('hyper.shuffleTitle')}>
              <input
                type="checkbox"
                checked={t.shuffle}
                onChange={(e) => setTraining({ shuffle: e.target.checked })}
              />{' '}
              {tr('hyper.shuffle')}
            </label>
          </div>
        </fieldset>
      </Fold>
      <BackendFold />
      {problems.map((p) => (
        <p key={p} className="notice error" role="alert">
          {p}
        </p>
      ))}
    </div>
  );
}

import { OPTIMIZERS, type OptimizerId } from '../../core/train/optimizers';
import {
  batchMode,
  BATCH_SIZE_MAX,
  EPOCHS_MAX,
  trainingProblems,
} from '../../core/train/training-config';
import { setTraining } from '../../store/actions/edit';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';

/** Optimizer, learning rate, batch size, epochs and seed, each with its explanation. */
export function HyperPanel() {
  const t = useStore((s) => s.training);
  const trainN = useStore((s) => s.dataset.train.n);
  const running = useStore((s) => s.trainState === 'training' || s.trainState === 'paused');
  const optimizer = OPTIMIZERS.find((o) => o.id === t.optimizer);
  const problems = trainingProblems(t);
  return (
    <fieldset className="hyper" disabled={running}>
      <legend>Hyperparameters</legend>
      <Field label="Optimizer" htmlFor="optimizer" help={optimizer?.help}>
        <select
          id="optimizer"
          value={t.optimizer}
          onChange={(e) => {
            const next = OPTIMIZERS.find((o) => o.id === e.target.value);
            setTraining({
              optimizer: e.target.value as OptimizerId,
              ...(next && { learningRate: next.defaultLearningRate }),
            });
          }}
        >
          {OPTIMIZERS.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="row">
        <Field
          label="Learning rate"
          htmlFor="learning-rate"
          help="Step size of each update. Too high: the loss jumps around or explodes. Too low: it crawls."
        >
          <NumberInput
            id="learning-rate"
            min={0}
            step="any"
            value={t.learningRate}
            onValue={(learningRate) => setTraining({ learningRate })}
          />
        </Field>
        <Field
          label="Batch size"
          htmlFor="batch-size"
          help={
            Number.isFinite(t.batchSize)
              ? `Samples per update: ${batchMode(t.batchSize, trainN)}.`
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
      </div>
      <div className="row">
        <Field label="Epochs" htmlFor="epochs" help="Passes over the training set per run.">
          <NumberInput
            id="epochs"
            min={1}
            max={EPOCHS_MAX}
            step={1}
            value={t.epochs}
            onValue={(epochs) => setTraining({ epochs })}
          />
        </Field>
        <Field
          label="Training seed"
          htmlFor="train-seed"
          help="Seeds initial weights and shuffling: same seed, same run."
        >
          <NumberInput
            id="train-seed"
            min={0}
            step={1}
            value={t.seed}
            onValue={(seed) => setTraining({ seed })}
          />
        </Field>
      </div>
      {problems.map((p) => (
        <p key={p} className="notice error" role="alert">
          {p}
        </p>
      ))}
    </fieldset>
  );
}

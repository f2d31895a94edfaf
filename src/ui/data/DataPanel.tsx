import { classCounts } from '../../core/data/dataset';
import {
  DATASET_KINDS,
  NOISE_MAX,
  SAMPLES_MAX,
  SAMPLES_MIN,
  testPercent,
  type DatasetKind,
} from '../../core/data/dataset-spec';
import { regenerateData, setDatasetSpec } from '../../store/actions/edit';
import { useStore } from '../../store/store';
import { Field, Panel } from '../common/Panel';
import { NumberInput } from '../common/NumberInput';
import { ScatterPlot } from './ScatterPlot';

export function DataPanel() {
  const spec = useStore((s) => s.datasetSpec);
  const dataset = useStore((s) => s.dataset);
  const error = useStore((s) => s.datasetError);
  const kind = DATASET_KINDS.find((k) => k.id === spec.kind);
  const parts = [
    ['Train', dataset.train],
    ['Validation', dataset.validation],
    ['Test', dataset.test],
  ] as const;
  return (
    <Panel title="1 · Data" id="data">
      <Field label="Dataset" htmlFor="dataset-kind" help={kind?.help}>
        <select
          id="dataset-kind"
          value={spec.kind}
          onChange={(e) => setDatasetSpec({ kind: e.target.value as DatasetKind })}
        >
          {DATASET_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="row">
        <Field label="Samples" htmlFor="dataset-samples">
          <NumberInput
            id="dataset-samples"
            min={SAMPLES_MIN}
            max={SAMPLES_MAX}
            step={10}
            value={spec.samples}
            onValue={(samples) => setDatasetSpec({ samples })}
          />
        </Field>
        <Field label={`Noise (${spec.noise.toFixed(2)})`} htmlFor="dataset-noise">
          <input
            id="dataset-noise"
            type="range"
            min={0}
            max={NOISE_MAX}
            step={0.01}
            value={spec.noise}
            onChange={(e) => setDatasetSpec({ noise: Number(e.target.value) })}
          />
        </Field>
      </div>
      <div className="row">
        <Field label={`Train ${spec.split.train}%`} htmlFor="split-train">
          <input
            id="split-train"
            type="range"
            min={10}
            max={90}
            step={5}
            value={spec.split.train}
            onChange={(e) =>
              setDatasetSpec({ split: { ...spec.split, train: Number(e.target.value) } })
            }
          />
        </Field>
        <Field label={`Validation ${spec.split.validation}%`} htmlFor="split-validation">
          <input
            id="split-validation"
            type="range"
            min={5}
            max={50}
            step={5}
            value={spec.split.validation}
            onChange={(e) =>
              setDatasetSpec({ split: { ...spec.split, validation: Number(e.target.value) } })
            }
          />
        </Field>
      </div>
      <div className="row align-end">
        <Field label="Seed" htmlFor="dataset-seed">
          <NumberInput
            id="dataset-seed"
            min={0}
            step={1}
            value={spec.seed}
            onValue={(seed) => setDatasetSpec({ seed })}
          />
        </Field>
        <button type="button" onClick={regenerateData}>
          Regenerate
        </button>
      </div>
      {error && (
        <p className="notice error" role="alert" data-testid="data-error">
          {error}
        </p>
      )}
      <p className="split-counts" data-testid="split-counts">
        {parts.map(([label, part]) => (
          <span key={label}>
            {label}: <strong>{part.n}</strong>{' '}
            <small>({classCounts(part, dataset.numClasses).join(' / ')})</small>
          </span>
        ))}
        <span>Test {testPercent(spec.split)}% held out</span>
      </p>
      <ScatterPlot />
    </Panel>
  );
}

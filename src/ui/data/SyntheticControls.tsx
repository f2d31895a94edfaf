import {
  NOISE_MAX,
  SAMPLES_MAX,
  SAMPLES_MIN,
  classRange,
  syntheticClasses,
  syntheticKind,
  type SyntheticSpec,
} from '../../core/data/dataset-spec';
import { useTranslation } from '../../i18n/react';
import { regenerateData, setDatasetSpec } from '../../store/actions/data';
import { NumberInput } from '../common/NumberInput';
import { Field } from '../common/Panel';

/** Sample count, noise, class count and seed of a generated 2-D set. */
export function SyntheticControls({ spec }: { spec: SyntheticSpec }) {
  const { t } = useTranslation('data');
  const classes = classRange(spec.kind);
  const regression = syntheticKind(spec.kind).task === 'regression';
  return (
    <>
      <div className="row">
        <Field label={t('synthetic.samples')} htmlFor="dataset-samples">
          <NumberInput
            id="dataset-samples"
            min={SAMPLES_MIN}
            max={SAMPLES_MAX}
            step={10}
            value={spec.samples}
            onValue={(samples) => setDatasetSpec({ samples })}
          />
        </Field>
        <Field
          label={t('synthetic.noise', { value: spec.noise.toFixed(2) })}
          htmlFor="dataset-noise"
          help={regression ? t('synthetic.noiseHelp') : undefined}
        >
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
        {classes && (
          <Field label={t('synthetic.classes')} htmlFor="dataset-classes">
            <NumberInput
              id="dataset-classes"
              min={classes.min}
              max={classes.max}
              step={1}
              value={syntheticClasses(spec)}
              onValue={(n) => setDatasetSpec({ classes: n })}
            />
          </Field>
        )}
      </div>
      <SeedRow seed={spec.seed} regenerate />
    </>
  );
}

/** The data seed (generation and split), with Regenerate for generated sets. */
export function SeedRow({ seed, regenerate = false }: { seed: number; regenerate?: boolean }) {
  const { t } = useTranslation('data');
  return (
    <div className="row align-end">
      <Field label={t('synthetic.seed')} htmlFor="dataset-seed">
        <NumberInput
          id="dataset-seed"
          min={0}
          step={1}
          value={seed}
          onValue={(v) => setDatasetSpec({ seed: v })}
        />
      </Field>
      {regenerate && (
        <button type="button" onClick={regenerateData}>
          {t('synthetic.regenerate')}
        </button>
      )}
    </div>
  );
}

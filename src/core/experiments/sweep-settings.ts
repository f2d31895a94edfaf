/**
 * The settings a sweep can vary, declared once: label, how a typed value
 * is read and checked, how it is put into a config, and how it reads in a
 * label. Pure. Range checks are the training config's and the layer's own,
 * so a sweep accepts exactly what the editor accepts.
 */
import { currentLanguage, t } from '../../i18n';
import { fail, ok, type Result } from '../data/result';
import { settingProblems } from '../model/network-spec';
import { OPTIMIZER_CHOICES, defaultOptimizerSettings, type OptimizerId } from '../train/optimizers';
import { trainingProblems, type TrainingConfig } from '../train/training-config';
import type { RunConfig } from './run-config';
import { formatSettingNumber } from './run-settings';

export type SweepSettingId =
  'learningRate' | 'batchSize' | 'optimizer' | 'epochs' | 'seed' | 'firstUnits';

export type SweepValue = number | OptimizerId;

interface SweepSettingDescriptor {
  label: string;
  /** Help under the values box: what to type. */
  hint: string;
  /** The typed text as a value, before range checks. */
  read(text: string): Result<SweepValue>;
  /** `config` with this setting at `value`; an error when the config cannot take it. */
  apply(config: RunConfig, value: SweepValue): Result<RunConfig>;
  /** The value in a label: "lr=0.01", "Adam". */
  short(value: SweepValue): string;
}

function readNumber(text: string): Result<SweepValue> {
  const v = Number(text);
  return text !== '' && Number.isFinite(v) ? ok(v) : fail(t('runs:sweepMsg.notNumber', { text }));
}

/** `config` with its training patched, checked as the editor checks it. */
function withTraining(config: RunConfig, patch: Partial<TrainingConfig>): Result<RunConfig> {
  const training = { ...config.training, ...patch };
  const problem = trainingProblems(training)[0];
  return problem ? fail(problem) : ok({ ...config, training });
}

const trainingNumber = (
  label: string,
  key: 'learningRate' | 'batchSize' | 'epochs' | 'seed',
  short: (v: number) => string,
  hint: string,
): SweepSettingDescriptor => ({
  label,
  hint,
  read: readNumber,
  apply: (config, value) => withTraining(config, { [key]: value }),
  short: (v) => short(v as number),
});

function readOptimizer(text: string): Result<SweepValue> {
  const lower = text.toLowerCase();
  const found = OPTIMIZER_CHOICES.find((o) => o.id === lower || o.label.toLowerCase() === lower);
  return found
    ? ok(found.id)
    : fail(
        t('runs:sweepMsg.notOptimizer', {
          text,
          ids: OPTIMIZER_CHOICES.map((o) => o.id).join(', '),
        }),
      );
}

function applyFirstUnits(config: RunConfig, value: SweepValue): Result<RunConfig> {
  const layers = config.network.layers;
  const i = layers.findIndex((l) => l.kind === 'dense');
  const layer = layers[i];
  if (!layer || layer.kind !== 'dense') return fail(t('runs:sweepNoDense'));
  const changed = { ...layer, units: value as number };
  const problem = settingProblems(changed)[0];
  if (problem) return fail(problem);
  const next = layers.map((l, j) => (j === i ? changed : l));
  return ok({ ...config, network: { ...config.network, layers: next } });
}

export const SWEEP_SETTINGS = {
  learningRate: trainingNumber(
    'Learning rate',
    'learningRate',
    (v) => `lr=${formatSettingNumber(v)}`,
    'e.g. 0.001, 0.01, 0.1',
  ),
  batchSize: trainingNumber('Batch size', 'batchSize', (v) => `batch=${v}`, 'e.g. 8, 32, 128'),
  optimizer: {
    label: 'Optimizer',
    hint: `e.g. sgd, adam (any of ${OPTIMIZER_CHOICES.map((o) => o.id).join(', ')})`,
    read: readOptimizer,
    apply: (config, value) =>
      withTraining(config, {
        optimizer: value as OptimizerId,
        optimizerSettings: defaultOptimizerSettings(value as OptimizerId),
      }),
    short: (v) => OPTIMIZER_CHOICES.find((o) => o.id === v)?.label ?? String(v),
  },
  epochs: trainingNumber('Epochs', 'epochs', (v) => `epochs=${v}`, 'e.g. 10, 20, 40'),
  seed: trainingNumber('Seed', 'seed', (v) => `seed=${v}`, 'e.g. 1, 2, 3'),
  firstUnits: {
    label: 'Units of the first Dense layer',
    hint: 'e.g. 4, 8, 16',
    read: readNumber,
    apply: applyFirstUnits,
    short: (v) => `units=${String(v)}`,
  },
} as const satisfies Record<SweepSettingId, SweepSettingDescriptor>;

export const SWEEP_SETTING_IDS = Object.keys(SWEEP_SETTINGS) as SweepSettingId[];

/**
 * The comma-separated values typed for `setting`, each read and checked
 * against `config`; the first bad one is named in the message.
 */
export function parseSweepValues(
  setting: SweepSettingId,
  text: string,
  config: RunConfig,
): Result<SweepValue[]> {
  const d = SWEEP_SETTINGS[setting];
  const label = t(`runs:sweep.setting.${setting}.label`);
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0)
    return fail(
      t('runs:sweepMsg.noValues', {
        // English names the setting mid-sentence in lower case; Chinese has no case.
        setting: currentLanguage() === 'zh' ? label : label.toLowerCase(),
      }),
    );
  const out: SweepValue[] = [];
  for (const part of parts) {
    const read = d.read(part);
    if (!read.ok) return fail(t('runs:sweepMsg.badValue', { setting: label, error: read.error }));
    const applied = d.apply(config, read.value);
    if (!applied.ok)
      return fail(
        t('runs:sweepMsg.badApply', { setting: label, value: part, error: applied.error }),
      );
    if (out.includes(read.value))
      return fail(t('runs:sweepMsg.twice', { setting: label, value: part }));
    out.push(read.value);
  }
  return ok(out);
}

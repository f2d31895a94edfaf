/**
 * A decoded link's payload checked field by field: the data, the network,
 * each training setting and the backend on their own, each with the
 * existing schema. A bad field gets one message naming it and the default
 * used in its place; the rest of the link still applies. Unknown fields are
 * named and ignored. Pure.
 */
import { t } from '../../i18n';
import { datasetSpecSchema, describeSpec, type DatasetSpec } from '../data/dataset-spec';
import {
  defaultOptimizerSettings,
  OPTIMIZERS,
  optimizerSettingList,
  optimizerSettingProblems,
  type OptimizerSettings,
} from '../train/optimizers';
import { trainingConfigSchema, type TrainingConfig } from '../train/training-config';
import { linkNetworkProblem } from './link-network';
import { BACKEND_PREFERENCES, runConfigSchema, type RunConfig } from './run-config';

/**
 * Who a message blames: a shared link, or the setup the app saved last time.
 * An id, not words: each source has its own sentences in the translations.
 */
export type LinkSource = 'Link' | 'Saved setup';

/** At most this many messages are listed; the rest are counted. */
const MESSAGES_MAX = 12;

/** The training settings a link may carry; each is named in messages by `runs:setupLink.setting.<key>`. */
const TRAINING_KEYS: { [K in keyof TrainingConfig]-?: true } = {
  optimizer: true,
  optimizerSettings: true,
  learningRate: true,
  loss: true,
  huberDelta: true,
  batchSize: true,
  epochs: true,
  shuffle: true,
  seed: true,
  schedule: true,
  earlyStopping: true,
  clip: true,
};

/** A training setting as the messages name it. */
const trainingLabel = (key: keyof TrainingConfig): string => t(`runs:setupLink.setting.${key}`);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (key: string): string => JSON.stringify(key.slice(0, 40));
/** A sentence as a clause: without its full stop (Chinese ends with 。). */
const noPeriod = (s: string): string => s.replace(/[.。]$/, '');

/** "learning rate must be ..." when the schema's message names the field itself, else "field: message". */
function saying(label: string, message: string): string {
  const m = noPeriod(message);
  return m.toLowerCase().startsWith(label.toLowerCase())
    ? m.charAt(0).toLowerCase() + m.slice(1)
    : t('runs:setupLink.settingSays', { label, message: m });
}

function checkTraining(raw: unknown, base: TrainingConfig, say: (m: string) => void) {
  const training: Record<string, unknown> = { ...base };
  if (raw === undefined) return training as TrainingConfig;
  if (!isObject(raw)) {
    say(t('runs:setupLink.trainingNotSettings'));
    return base;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(TRAINING_KEYS, key)) {
      say(t('runs:setupLink.unknownTraining', { key: quote(key) }));
      continue;
    }
    const setting = key as keyof TrainingConfig;
    const parsed = trainingConfigSchema.shape[setting].safeParse(value);
    if (parsed.success) training[key] = parsed.data;
    else {
      const problem = saying(
        trainingLabel(setting),
        parsed.error.issues[0]?.message ?? t('models:fileCheck.invalid'),
      );
      const fallback = base[setting];
      say(
        typeof fallback === 'object' && fallback !== null
          ? t('runs:setupLink.badSettingDefault', { problem })
          : t('runs:setupLink.badSetting', { problem, value: String(fallback) }),
      );
    }
  }
  const config = training as TrainingConfig;
  const settings: OptimizerSettings = config.optimizerSettings;
  const known = new Set(optimizerSettingList(config.optimizer).map((s) => s.key));
  const stray = Object.keys(settings).find((k) => !known.has(k));
  const problems = optimizerSettingProblems(config.optimizer, settings);
  if (stray !== undefined || problems.length > 0) {
    const why =
      problems[0] ?? t('runs:setupLink.notOptimizerSetting', { key: quote(stray as string) });
    say(
      t('runs:setupLink.badOptimizerSettings', {
        why: noPeriod(why),
        optimizer: OPTIMIZERS[config.optimizer].label,
      }),
    );
    config.optimizerSettings = defaultOptimizerSettings(config.optimizer);
  }
  return config;
}

function checkDataset(raw: unknown, base: DatasetSpec, say: (m: string) => void): DatasetSpec {
  if (raw === undefined) return base;
  const parsed = datasetSpecSchema.safeParse(raw);
  if (parsed.success) {
    // The schema drops fields it does not know: say so rather than drop them silently.
    for (const key of Object.keys(raw as object))
      if (!Object.hasOwn(parsed.data, key))
        say(t('runs:setupLink.unknownDataField', { key: quote(key) }));
    return parsed.data as DatasetSpec;
  }
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join(' ') || 'kind';
  say(
    t('runs:setupLink.badData', {
      field,
      why: noPeriod(issue?.message ?? t('models:fileCheck.invalid')),
      data: describeSpec(base),
    }),
  );
  return base;
}

const PAYLOAD_KEYS = new Set(['v', 'dataset', 'network', 'training', 'backend']);

/** The config a link's payload describes, every bad field replaced by its default. */
export function checkLinkFields(
  payload: unknown,
  defaults: RunConfig,
  source: LinkSource,
): { config: RunConfig; problems: string[] } {
  const problems: string[] = [];
  const say = (problem: string) =>
    problems.push(
      source === 'Link'
        ? t('runs:setupLink.link', { problem })
        : t('runs:setupLink.saved', { problem }),
    );
  if (!isObject(payload)) {
    say(t('runs:setupLink.notFields'));
    return { config: defaults, problems };
  }
  for (const key of Object.keys(payload))
    if (!PAYLOAD_KEYS.has(key)) say(t('runs:setupLink.unknownField', { key: quote(key) }));
  const dataset = checkDataset(payload['dataset'], defaults.dataset, say);
  const networkProblem =
    payload['network'] === undefined ? null : linkNetworkProblem(payload['network']);
  if (networkProblem) say(t('runs:setupLink.badNetwork', { problem: networkProblem }));
  const training = checkTraining(payload['training'], defaults.training, say);
  const backend = BACKEND_PREFERENCES.find((b) => b === payload['backend']);
  if (payload['backend'] !== undefined && !backend)
    say(
      t('runs:setupLink.badBackend', {
        backend: quote(String(payload['backend'])),
        options: BACKEND_PREFERENCES.join(', '),
        fallback: defaults.backend,
      }),
    );
  const config = {
    dataset,
    network:
      payload['network'] === undefined || networkProblem
        ? defaults.network
        : (payload['network'] as RunConfig['network']),
    training,
    backend: backend ?? defaults.backend,
  };
  const whole = runConfigSchema.safeParse(config);
  if (!whole.success) {
    say(t('runs:setupLink.notFit'));
    return { config: defaults, problems: capped(problems) };
  }
  return { config: whole.data as RunConfig, problems: capped(problems) };
}

function capped(problems: string[]): string[] {
  if (problems.length <= MESSAGES_MAX) return problems;
  return [
    ...problems.slice(0, MESSAGES_MAX - 1),
    t('runs:setupLink.more', { more: problems.length - MESSAGES_MAX + 1 }),
  ];
}

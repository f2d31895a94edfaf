/**
 * A decoded link's payload checked field by field: the data, the network,
 * each training setting and the backend on their own, each with the
 * existing schema. A bad field gets one message naming it and the default
 * used in its place; the rest of the link still applies. Unknown fields are
 * named and ignored. Pure.
 */
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

/** Who a message blames: a shared link, or the setup the app saved last time. */
export type LinkSource = 'Link' | 'Saved setup';

/** At most this many messages are listed; the rest are counted. */
const MESSAGES_MAX = 12;

/** Each training setting as the messages name it. */
const TRAINING_LABELS: { [K in keyof TrainingConfig]-?: string } = {
  optimizer: 'optimizer',
  optimizerSettings: 'optimizer settings',
  learningRate: 'learning rate',
  loss: 'loss',
  huberDelta: 'Huber δ',
  batchSize: 'batch size',
  epochs: 'epochs',
  shuffle: 'shuffle',
  seed: 'seed',
  schedule: 'learning-rate schedule',
  earlyStopping: 'early stopping',
  clip: 'gradient clipping',
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown): string =>
  typeof v === 'object' && v !== null ? 'the default' : String(v);
const quote = (key: string): string => JSON.stringify(key.slice(0, 40));
const noPeriod = (s: string): string => s.replace(/\.$/, '');

/** "learning rate must be ..." when the schema's message names the field itself, else "field: message". */
function saying(label: string, message: string): string {
  const m = noPeriod(message);
  return m.toLowerCase().startsWith(label.toLowerCase())
    ? m.charAt(0).toLowerCase() + m.slice(1)
    : `${label}: ${m}`;
}

function checkTraining(raw: unknown, base: TrainingConfig, say: (m: string) => void) {
  const training: Record<string, unknown> = { ...base };
  if (raw === undefined) return training as TrainingConfig;
  if (!isObject(raw)) {
    say('the training settings are not a list of settings; using the defaults');
    return base;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(TRAINING_LABELS, key)) {
      say(`unknown training setting ${quote(key)} ignored`);
      continue;
    }
    const label = TRAINING_LABELS[key as keyof TrainingConfig];
    const parsed = trainingConfigSchema.shape[key as keyof TrainingConfig].safeParse(value);
    if (parsed.success) training[key] = parsed.data;
    else {
      const fallback = shown(base[key as keyof TrainingConfig]);
      say(`${saying(label, parsed.error.issues[0]?.message ?? 'invalid')}; using ${fallback}`);
    }
  }
  const config = training as TrainingConfig;
  const settings: OptimizerSettings = config.optimizerSettings;
  const known = new Set(optimizerSettingList(config.optimizer).map((s) => s.key));
  const stray = Object.keys(settings).find((k) => !known.has(k));
  const problems = optimizerSettingProblems(config.optimizer, settings);
  if (stray !== undefined || problems.length > 0) {
    const why = problems[0] ?? `${quote(stray as string)} is not a setting of this optimizer.`;
    say(
      `optimizer settings: ${noPeriod(why)}; using the defaults for ${OPTIMIZERS[config.optimizer].label}`,
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
      if (!Object.hasOwn(parsed.data, key)) say(`unknown data field ${quote(key)} ignored`);
    return parsed.data as DatasetSpec;
  }
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join(' ') || 'kind';
  say(
    `data ${field}: ${noPeriod(issue?.message ?? 'invalid')}; using the default data (${describeSpec(base)})`,
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
  const say = (m: string) => problems.push(`${source}: ${m}.`);
  if (!isObject(payload)) {
    say('the setup is not a set of fields; using the default setup');
    return { config: defaults, problems };
  }
  for (const key of Object.keys(payload))
    if (!PAYLOAD_KEYS.has(key)) say(`unknown field ${quote(key)} ignored`);
  const dataset = checkDataset(payload['dataset'], defaults.dataset, say);
  const networkProblem =
    payload['network'] === undefined ? null : linkNetworkProblem(payload['network']);
  if (networkProblem) say(`${networkProblem}; using the default network`);
  const training = checkTraining(payload['training'], defaults.training, say);
  const backend = BACKEND_PREFERENCES.find((b) => b === payload['backend']);
  if (payload['backend'] !== undefined && !backend)
    say(
      `backend ${quote(String(payload['backend']))} is not one of ${BACKEND_PREFERENCES.join(', ')}; using ${defaults.backend}`,
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
    say('the fields do not fit together; using the default setup');
    return { config: defaults, problems: capped(problems) };
  }
  return { config: whole.data as RunConfig, problems: capped(problems) };
}

function capped(problems: string[]): string[] {
  if (problems.length <= MESSAGES_MAX) return problems;
  return [
    ...problems.slice(0, MESSAGES_MAX - 1),
    `…and ${problems.length - MESSAGES_MAX + 1} more problems with this setup.`,
  ];
}

/**
 * The settings of a run as the runs table and the comparison legend name
 * them: one descriptor per setting, with its column title, how its value
 * reads in a cell, and how it reads in a short label ("lr=0.01"). Pure.
 * Which of them differ between runs is computed in differing-settings.ts.
 */
import { isMnist, isTable, kindLabel } from '../data/dataset-spec';
import { ACTIVATIONS, REGULARIZER_CHOICES } from '../model/activations';
import type { LayerSpec } from '../model/layer-spec';
import { LOSSES } from '../train/losses';
import { OPTIMIZERS, defaultOptimizerSettings } from '../train/optimizers';
import { SCHEDULES } from '../train/schedules';
import type { RunConfig } from './run-config';
import { currentLanguage, t } from '../../i18n';

export type RunSettingId =
  | 'data'
  | 'dataParams'
  | 'network'
  | 'optimizer'
  | 'optimizerSettings'
  | 'learningRate'
  | 'batchSize'
  | 'epochs'
  | 'loss'
  | 'seed'
  | 'schedule'
  | 'regularization'
  | 'earlyStopping'
  | 'clip'
  | 'shuffle'
  | 'backend';

export interface RunSetting {
  id: RunSettingId;
  /** Column title. */
  label: string;
  /** The value as a table cell shows it. */
  value(config: RunConfig): string;
  /** The value in a legend label; defaults to "label value". */
  short?(config: RunConfig): string;
}

/** A number as written by a person: 0.01, 1e-5, 16. */
export const formatSettingNumber = (v: number): string =>
  Math.abs(v) > 0 && Math.abs(v) < 1e-4 ? v.toExponential() : String(Number(v.toPrecision(6)));

const activationLabel = (id: keyof typeof ACTIVATIONS): string => ACTIVATIONS[id].label;

function layerText(l: LayerSpec): string {
  switch (l.kind) {
    case 'dense':
      return `${l.units} ${activationLabel(l.activation)}`;
    case 'conv2d':
      return `conv ${l.filters}@${l.kernelSize}×${l.kernelSize} ${activationLabel(l.activation)}`;
    case 'maxPool2d':
      return `max pool ${l.poolSize}`;
    case 'avgPool2d':
      return `avg pool ${l.poolSize}`;
    case 'flatten':
      return 'flatten';
    case 'dropout':
      return `dropout ${l.rate}`;
    case 'batchNorm':
      return 'batch norm';
    case 'activation':
      return activationLabel(l.activation);
  }
}

/**
 * The hidden layers in a few words: repeated layers counted ("2×8 tanh"),
 * others listed in order ("16 ReLU, dropout 0.2, 8 ReLU").
 */
export function networkSummary(layers: readonly LayerSpec[]): string {
  if (layers.length === 0) return t('runs:noHiddenLayers');
  const parts: { text: string; count: number }[] = [];
  for (const l of layers) {
    const text = layerText(l);
    const last = parts.at(-1);
    if (last && last.text === text) last.count++;
    else parts.push({ text, count: 1 });
  }
  return parts.map((p) => (p.count > 1 ? `${p.count}×${p.text}` : p.text)).join(', ');
}

function dataParams(config: RunConfig): string {
  const d = config.dataset;
  const split = `split ${d.split.train}/${d.split.validation}`;
  if (isTable(d)) return `label ${d.label}, ${d.features.length} features, ${d.scaling}, ${split}`;
  if (isMnist(d)) return `${d.samples} digits, seed ${d.seed}, ${split}`;
  const classes = d.classes === undefined ? '' : `, ${d.classes} classes`;
  return `${d.samples} samples, noise ${d.noise}${classes}, seed ${d.seed}, ${split}`;
}

function optimizerSettings(config: RunConfig): string {
  const { optimizer, optimizerSettings: set } = config.training;
  const defaults = defaultOptimizerSettings(optimizer);
  const changed = Object.keys(defaults).filter(
    (k) => set[k] !== undefined && set[k] !== defaults[k],
  );
  return changed.length === 0
    ? 'defaults'
    : changed.map((k) => `${k} ${String(set[k])}`).join(', ');
}

function regularization(config: RunConfig): string {
  const used = new Set<string>();
  for (const l of config.network.layers)
    if ((l.kind === 'dense' || l.kind === 'conv2d') && l.reg !== 'none')
      used.add(
        `${REGULARIZER_CHOICES.find((r) => r.id === l.reg)?.label ?? l.reg} ${formatSettingNumber(l.regRate)}`,
      );
  return used.size === 0 ? 'none' : [...used].join(', ');
}

function schedule(config: RunConfig): string {
  const s = config.training.schedule;
  const label = SCHEDULES[s.kind].label;
  const uses = SCHEDULES[s.kind].uses;
  return uses.length === 0 ? label : `${label} (${uses.map((k) => `${k} ${s[k]}`).join(', ')})`;
}

/** Every setting the runs table can show, in column order. */
export const RUN_SETTINGS: readonly RunSetting[] = [
  {
    id: 'data',
    label: 'Data',
    value: (c) => kindLabel(c.dataset.kind),
    short: (c) => kindLabel(c.dataset.kind),
  },
  { id: 'dataParams', label: 'Data settings', value: dataParams, short: dataParams },
  {
    id: 'network',
    label: 'Network',
    value: (c) => networkSummary(c.network.layers),
    short: (c) => networkSummary(c.network.layers),
  },
  {
    id: 'optimizer',
    label: 'Optimizer',
    value: (c) => OPTIMIZERS[c.training.optimizer].label,
    short: (c) => OPTIMIZERS[c.training.optimizer].label,
  },
  { id: 'optimizerSettings', label: 'Optimizer settings', value: optimizerSettings },
  {
    id: 'learningRate',
    label: 'Learning rate',
    value: (c) => formatSettingNumber(c.training.learningRate),
    short: (c) => `lr=${formatSettingNumber(c.training.learningRate)}`,
  },
  {
    id: 'batchSize',
    label: 'Batch size',
    value: (c) => String(c.training.batchSize),
    short: (c) => `batch=${c.training.batchSize}`,
  },
  {
    id: 'epochs',
    label: 'Epochs',
    value: (c) => String(c.training.epochs),
    short: (c) => `epochs=${c.training.epochs}`,
  },
  {
    id: 'loss',
    label: 'Loss',
    value: (c) => LOSSES[c.training.loss].label,
    short: (c) => LOSSES[c.training.loss].label,
  },
  {
    id: 'seed',
    label: 'Seed',
    value: (c) => String(c.training.seed),
    short: (c) => `seed=${c.training.seed}`,
  },
  { id: 'schedule', label: 'Schedule', value: schedule, short: schedule },
  { id: 'regularization', label: 'Regularization', value: regularization },
  {
    id: 'earlyStopping',
    label: 'Early stopping',
    value: (c) =>
      c.training.earlyStopping.enabled ? `patience ${c.training.earlyStopping.patience}` : 'off',
  },
  {
    id: 'clip',
    label: 'Gradient clipping',
    value: (c) =>
      c.training.clip.kind === 'none'
        ? 'none'
        : `${c.training.clip.kind} ${c.training.clip.threshold}`,
  },
  {
    id: 'shuffle',
    label: 'Shuffle',
    value: (c) => (c.training.shuffle ? t('runs:table.on') : t('runs:table.off')),
  },
  { id: 'backend', label: 'Backend choice', value: (c) => c.backend, short: (c) => c.backend },
];

/** The text of `setting` for a legend label: its short form, or "label value". */
export function settingShort(setting: RunSetting, config: RunConfig): string {
  return setting.short
    ? setting.short(config)
    : t('runs:legendSetting', {
        // English names the setting in lower case; Chinese has no case.
        setting:
          currentLanguage() === 'zh'
            ? t(`runs:table.setting.${setting.id}`)
            : setting.label.toLowerCase(),
        value: setting.value(config),
      });
}

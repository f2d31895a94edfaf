/**
 * Starting points: a dataset's recipe and the presets. Picking a dataset
 * applies its recipe while the network and settings are still the last
 * starting point untouched; after an edit they are the user's, and the
 * network panel offers the recipe instead. Every change of the network here
 * is one undo step.
 */
import { kindLabel, type DatasetSourceKind } from '../../core/data/dataset-spec';
import { t } from '../../i18n';
import type { NetworkFix } from '../../core/model/network-fixes';
import { datasetIO } from '../../core/model/network-spec';
import { presetById, type PresetId } from '../../core/model/presets';
import {
  describeSetup,
  presetTraining,
  RECIPES,
  recipeSetup,
  recipeWhy,
} from '../../core/model/recipes';
import type { TrainingConfig } from '../../core/train/training-config';
import { sameJson } from '../selectors';
import { useStore, type AppState } from '../store';
import { addLayer, removeLayer, setNetwork } from './network';

/** Settings that decide whether the user has changed anything (the loss follows the data by itself). */
const chosen = (t: TrainingConfig) => ({ ...t, loss: null });

/** True while the network and settings are the last starting point, unedited. */
export function setupUntouched(s: AppState): boolean {
  return (
    sameJson(s.network, s.setup.network) && sameJson(chosen(s.training), chosen(s.setup.training))
  );
}

/** What a setup notice reports: a dataset's recipe, or a preset. */
type NoticeSource =
  | { form: 'recipe'; kind: DatasetSourceKind; preset: PresetId; training: TrainingConfig }
  | { form: 'preset'; preset: PresetId; training: TrainingConfig };

/**
 * The notice last made and what it reports. The store keeps the notice as
 * text; this lets the page word it again when the language changes.
 */
let lastNotice: { text: string; source: NoticeSource } | null = null;

function noticeText(source: NoticeSource): string {
  const setup = describeSetup(source.preset, source.training);
  return source.form === 'recipe'
    ? t('network:notice.recipe', {
        data: kindLabel(source.kind),
        setup,
        why: recipeWhy(source.kind),
      })
    : t('network:notice.preset', { setup });
}

function makeNotice(source: NoticeSource): string {
  const text = noticeText(source);
  lastNotice = { text, source };
  return text;
}

/** A setup notice in the current language: the one this module made last is worded again. */
export function setupNoticeText(notice: string): string {
  return lastNotice?.text === notice ? noticeText(lastNotice.source) : notice;
}

/** Apply the recipe of the current dataset's kind: its network and hyperparameters. */
export function applyRecipe(): void {
  const s = useStore.getState();
  const kind = s.datasetSpec.kind;
  const made = recipeSetup(kind, datasetIO(s.dataset));
  const training = { ...made.training, seed: s.training.seed };
  const preset = RECIPES[kind].preset;
  setNetwork(made.network);
  useStore.setState({
    training,
    setup: { kind, preset, network: made.network, training },
    setupNotice: makeNotice({ form: 'recipe', kind, preset, training }),
  });
}

/**
 * A dataset of another kind was picked: take its recipe if nothing was
 * edited since the last starting point, else leave the user's choices.
 */
export function datasetPicked(kind: DatasetSourceKind): void {
  const s = useStore.getState();
  if (s.setup.kind === kind) return;
  if (setupUntouched(s)) applyRecipe();
  else useStore.setState({ setupNotice: null });
}

/**
 * Replace the stack with a preset, and the batch size, epochs and learning
 * rate (for the optimizer in use) with the ones it was tuned with.
 */
export function applyPreset(presetId: PresetId): void {
  const s = useStore.getState();
  const preset = presetById(presetId);
  const network = { ...s.network, layers: preset.build(s.dataset.inputShape) };
  setNetwork(network);
  const training = presetTraining(presetId, s.training.optimizer, s.training);
  useStore.setState({
    training,
    setup: { kind: s.datasetSpec.kind, preset: presetId, network, training },
    setupNotice: makeNotice({ form: 'preset', preset: presetId, training }),
  });
}

/** The learning rate the current starting point suggests for `optimizer`. */
export function suggestedLearningRate(optimizer: TrainingConfig['optimizer']): number {
  return presetById(useStore.getState().setup.preset).training.learningRate[optimizer];
}

export function dismissSetupNotice(): void {
  useStore.setState({ setupNotice: null });
}

/** Apply one of the fixes core/model/network-fixes.ts offers. */
export function applyFix(fix: NetworkFix): void {
  if (fix.id === 'flatten') addLayer('flatten', fix.at);
  else if (fix.id === 'remove') removeLayer(fix.layerId);
  else applyRecipe();
}

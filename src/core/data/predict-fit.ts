/**
 * Whether the current model can predict on the current data: the model
 * remembers the dataset spec it was trained on (or, for a model from
 * elsewhere, only its input shape), and predictions must be made on inputs
 * built the same way. Pure: says why not, in words, or null.
 */
import type { Dataset } from './dataset';
import {
  isSynthetic,
  isTable,
  kindLabel,
  syntheticClasses,
  type DatasetSpec,
} from './dataset-spec';

/** What is known of the model, for the check. */
export interface ModelForFit {
  /** The dataset spec it was trained on (for a model without settings: the data at load time). */
  dataset: DatasetSpec;
  /** Input shape of one example when the model was loaded (null: any size); null for trained models. */
  inputDims: readonly (number | null)[] | null;
  /** False for a model without playground settings: only its shape can be checked. */
  hasSettings: boolean;
}

const shape = (dims: readonly (number | null)[]) => `[${dims.map((d) => d ?? 'any').join(', ')}]`;

/**
 * Why `model` cannot predict on `current` (built from `spec`), or null when it can.
 */
export function predictFitProblem(
  model: ModelForFit,
  spec: DatasetSpec,
  current: Pick<Dataset, 'inputShape'>,
): string | null {
  const dims = model.inputDims;
  if (dims) {
    const fits =
      dims.length === current.inputShape.length &&
      dims.every((d, i) => d === null || d === current.inputShape[i]);
    if (!fits)
      return `This model takes inputs of shape ${shape(dims)}, but the current data gives ${shape(current.inputShape)}. Pick data of that shape, or train a model on this data.`;
  }
  if (!model.hasSettings) return null;
  const was = model.dataset;
  if (was.kind !== spec.kind) {
    return `This model was trained on ${kindLabel(was.kind)}, but the data now is ${kindLabel(spec.kind)}. Pick ${kindLabel(was.kind)} again, or train a model on this data.`;
  }
  if (isSynthetic(was) && isSynthetic(spec) && syntheticClasses(was) !== syntheticClasses(spec)) {
    return `This model was trained on ${syntheticClasses(was)} classes, but the data now has ${syntheticClasses(spec)}. Set Classes back, or train again.`;
  }
  if (isTable(was) && isTable(spec)) {
    if (was.file.hash !== spec.file.hash)
      return `This model was trained on another file (${was.file.name}). Upload it again, or train a model on this data.`;
    const changed = [
      was.label !== spec.label && 'label column',
      was.task !== spec.task && 'task',
      was.features.join('\n') !== spec.features.join('\n') && 'feature columns',
      was.scaling !== spec.scaling && 'scaling',
    ].filter((c): c is string => typeof c === 'string');
    if (changed.length > 0)
      return `The ${changed.join(', ')} changed since this model was trained. Change them back, or train again.`;
  }
  return null;
}

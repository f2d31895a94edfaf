/**
 * Whether the current model can predict on the current data: the model
 * remembers the dataset spec it was trained on (or, for a model from
 * elsewhere, only its input shape), and predictions must be made on inputs
 * built the same way. Pure: says why not, in words, or null.
 */
import { t } from '../../i18n';
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

const shape = (dims: readonly (number | null)[]) =>
  `[${dims.map((d) => d ?? t('data:fit.any')).join(', ')}]`;

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
    if (!fits) return t('data:fit.shape', { model: shape(dims), data: shape(current.inputShape) });
  }
  if (!model.hasSettings) return null;
  const was = model.dataset;
  if (was.kind !== spec.kind) {
    return t('data:fit.kind', { was: kindLabel(was.kind), now: kindLabel(spec.kind) });
  }
  if (isSynthetic(was) && isSynthetic(spec) && syntheticClasses(was) !== syntheticClasses(spec)) {
    return t('data:fit.classes', { was: syntheticClasses(was), now: syntheticClasses(spec) });
  }
  if (isTable(was) && isTable(spec)) {
    if (was.file.hash !== spec.file.hash) return t('data:fit.file', { name: was.file.name });
    const differs: (string | false)[] = [
      was.label !== spec.label && t('data:fit.label'),
      was.task !== spec.task && t('data:fit.task'),
      was.features.join('\n') !== spec.features.join('\n') && t('data:fit.features'),
      was.scaling !== spec.scaling && t('data:fit.scaling'),
    ];
    const changed = differs.filter((c): c is string => typeof c === 'string');
    if (changed.length > 0)
      return t('data:fit.changed', { what: changed.join(t('data:fit.separator')) });
  }
  return null;
}

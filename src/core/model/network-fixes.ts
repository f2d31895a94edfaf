/**
 * One-click fixes for a network that cannot be built on the current data:
 * the usual cases are a dense network on images (no Flatten) and a
 * convolutional one on flat rows. Pure: the store applies them.
 */
import { t } from '../../i18n';
import type { DatasetSourceKind } from '../data/dataset-spec';
import { settingProblems, summarize, type NetworkIO, type NetworkSpec } from './network-spec';
import { presetLabel } from './presets';
import { RECIPES } from './recipes';

export type NetworkFix =
  /** Insert a Flatten layer at stack position `at`. */
  | { id: 'flatten'; at: number; label: string }
  /** Remove the layer with this id (a Flatten on an input that is already flat). */
  | { id: 'remove'; layerId: string; label: string }
  /** Replace the stack with the dataset's recipe. */
  | { id: 'recipe'; label: string };

/** Fixes for what stops `spec` from being built on `io`, labelled in the current language; empty when it can be. */
export function networkFixes(
  spec: NetworkSpec,
  io: NetworkIO,
  kind: DatasetSourceKind,
): NetworkFix[] {
  const summary = summarize(spec, io);
  // A setting out of range is fixed in its field; these fixes are for shapes that don't fit.
  if (summary.problems.length === 0 || spec.layers.some((l) => settingProblems(l).length > 0))
    return [];
  const fixes: NetworkFix[] = [];
  // The first Dense fed a non-flat shape: a Flatten right before it lets it
  // build. The first Flatten fed a flat one: it has nothing to do.
  let shape = io.inputShape;
  for (let i = 0; i < spec.layers.length; i++) {
    const row = summary.rows[i];
    const layer = spec.layers[i];
    if (layer?.kind === 'flatten' && row?.error && shape.length < 2) {
      fixes.push({ id: 'remove', layerId: layer.id, label: t('network:fixes.removeFlatten') });
      break;
    }
    if (layer?.kind === 'dense' && row?.error && shape.length > 1) {
      fixes.push({
        id: 'flatten',
        at: i,
        label: i === 0 ? t('network:fixes.addFlatten') : t('network:fixes.addFlattenBefore'),
      });
      break;
    }
    if (!row?.outputShape) break;
    shape = row.outputShape;
  }
  if (fixes.length === 0 && summary.rows.find((r) => r.id === 'output')?.error)
    fixes.push({ id: 'flatten', at: spec.layers.length, label: t('network:fixes.addFlattenEnd') });
  fixes.push({
    id: 'recipe',
    label: t('network:fixes.useRecipe', { preset: presetLabel(RECIPES[kind].preset) }),
  });
  return fixes;
}

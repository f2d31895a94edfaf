/**
 * Which concept explains a setting of a layer or an optimizer, by its key
 * (and, for a choice, the value chosen: ReLU explains itself).
 */
import { isConceptId, type ConceptId } from '../../core/learn';
import type { AnySetting } from '../../core/settings';

const BY_KEY: Readonly<Record<string, ConceptId>> = {
  units: 'neuron',
  init: 'initializer',
  regRate: 'regularization',
  filters: 'conv2d',
  poolSize: 'maxPool2d',
  nesterov: 'nesterov',
};

/** The concept of a layer's setting `s` holding `value`, if one explains it. */
export function layerSettingConcept(
  s: AnySetting,
  value: unknown,
  kind: string,
): ConceptId | undefined {
  if (s.key === 'activation' && typeof value === 'string' && isConceptId(value)) return value;
  if (s.key === 'reg') return value === 'l1' || value === 'l2' ? value : 'regularization';
  if (kind === 'dropout' && s.key === 'rate') return 'dropout';
  if (kind === 'batchNorm' && s.key === 'momentum') return 'batchNorm';
  if (kind === 'avgPool2d' && s.key === 'poolSize') return 'avgPool2d';
  return BY_KEY[s.key];
}

/** The concept of an optimizer's setting, if one explains it. */
export function optimizerSettingConcept(s: AnySetting): ConceptId | undefined {
  if (s.key === 'momentum') return 'momentum';
  return s.key === 'nesterov' ? 'nesterov' : undefined;
}

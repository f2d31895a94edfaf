/**
 * Every concept the app explains, in one table keyed by id, and the lookups
 * the UI reads: which concept explains a layer kind, an activation, a loss
 * or an optimizer (ids the compiler checks are complete), and the A–Z list.
 */
import type { ActivationId } from '../model/activations';
import type { LayerKind } from '../model/layer-spec';
import type { LossId } from '../train/losses';
import type { OptimizerId } from '../train/optimizers';
import { LIFECYCLE_CONCEPTS } from './concepts-lifecycle';
import { ACTIVATION_CONCEPTS, NETWORK_CONCEPTS } from './concepts-network';
import { LOSS_CONCEPTS } from './concepts-loss';
import { DESCENT_CONCEPTS, OPTIMIZER_CONCEPTS } from './concepts-optimizers';
import { DATA_CONCEPTS, LAYER_CONCEPTS } from './concepts-data';
import { TRAINING_CONCEPTS } from './concepts-training';
import type { Concept, ConceptBody, Language, Text } from './types';

export type { Concept, Language, Text } from './types';
export { LANGUAGES } from './types';
export { LIFECYCLE, type LifecycleStep } from './concepts-lifecycle';

export const CONCEPTS = {
  ...NETWORK_CONCEPTS,
  ...ACTIVATION_CONCEPTS,
  ...LOSS_CONCEPTS,
  ...DESCENT_CONCEPTS,
  ...OPTIMIZER_CONCEPTS,
  ...TRAINING_CONCEPTS,
  ...DATA_CONCEPTS,
  ...LAYER_CONCEPTS,
  ...LIFECYCLE_CONCEPTS,
} satisfies Record<string, ConceptBody>;

export type ConceptId = keyof typeof CONCEPTS;

/** Whether `id` names a concept. */
export function isConceptId(id: string): id is ConceptId {
  return Object.hasOwn(CONCEPTS, id);
}

/** The concept `id`, with its id. */
export function concept(id: ConceptId): Concept {
  return { ...CONCEPTS[id], id };
}

/** The concept that explains each layer kind the editor offers. */
export const LAYER_KIND_CONCEPT = {
  dense: 'dense',
  conv2d: 'conv2d',
  maxPool2d: 'maxPool2d',
  avgPool2d: 'avgPool2d',
  flatten: 'flatten',
  dropout: 'dropout',
  batchNorm: 'batchNorm',
  activation: 'activation',
} as const satisfies Record<LayerKind, ConceptId>;

/** The concept that explains a choice of activation, loss or optimizer: its own id. */
export const choiceConcept = (id: ActivationId | LossId | OptimizerId): ConceptId => id;

/** Every concept sorted by its English title, as the glossary lists them A–Z. */
export function conceptsAtoZ(): Concept[] {
  return (Object.keys(CONCEPTS) as ConceptId[])
    .map(concept)
    .sort((a, b) => a.title.en.localeCompare(b.title.en, 'en', { sensitivity: 'base' }));
}

/** The first letter a concept is filed under in the A–Z list. */
export const indexLetter = (c: Concept): string => c.title.en.charAt(0).toUpperCase();

/** A text in `language`. */
export const inLanguage = (text: Text, language: Language): string => text[language];

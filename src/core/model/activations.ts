/**
 * Activation functions offered for hidden layers, declared once. The UI
 * lists them with their help text; the engine maps each id to tfjs.
 */
export const ACTIVATIONS = [
  {
    id: 'relu',
    label: 'ReLU',
    help: 'max(0, x). The usual default: cheap, and gradients do not shrink for positive inputs. Units can "die" (output 0 for every input) if the learning rate is too high.',
  },
  {
    id: 'tanh',
    label: 'tanh',
    help: 'S-shaped, from −1 to 1 and centred on 0. Smooth boundaries; saturates (tiny gradients) for large inputs.',
  },
  {
    id: 'sigmoid',
    label: 'Sigmoid',
    help: 'S-shaped, from 0 to 1. Saturates at both ends, so deep stacks of it learn slowly.',
  },
  {
    id: 'linear',
    label: 'Linear',
    help: 'No non-linearity. A stack of linear layers is still one linear map: it can only draw straight boundaries.',
  },
] as const;

export type ActivationId = (typeof ACTIVATIONS)[number]['id'];

export const ACTIVATION_IDS = ACTIVATIONS.map((a) => a.id) as [ActivationId, ...ActivationId[]];

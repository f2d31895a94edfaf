/**
 * Optimizers offered in the UI, declared once. The engine maps each id to a
 * tfjs optimizer; the help text is the glossary entry shown beside the control.
 */
export const OPTIMIZERS = [
  {
    id: 'sgd',
    label: 'SGD',
    defaultLearningRate: 0.1,
    help: 'Stochastic gradient descent: each batch moves every weight a step of (learning rate × gradient) downhill. Simple and predictable; sensitive to the learning rate.',
  },
  {
    id: 'adam',
    label: 'Adam',
    defaultLearningRate: 0.01,
    help: 'Adaptive moments: keeps running averages of each gradient and its square, so every weight gets its own step size. Forgiving of the learning rate; the usual first choice.',
  },
] as const;

export type OptimizerId = (typeof OPTIMIZERS)[number]['id'];

export const OPTIMIZER_IDS = OPTIMIZERS.map((o) => o.id) as [OptimizerId, ...OptimizerId[]];

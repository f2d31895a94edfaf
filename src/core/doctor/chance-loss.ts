/**
 * Loss stuck at chance level: a classifier whose cross-entropy sits at
 * ln K (what a uniform guess over K classes scores) after several epochs
 * has learnt nothing. When the loss got there from elsewhere, or the
 * hidden units have died, the usual cause is a learning rate too high.
 */
import { t } from '../../i18n';
import type { Diagnosis, DoctorInput, Rule } from './diagnosis';
import { deadShare } from './dead-units';
import { headMean, relativeGap, tailMean } from './series';

/** Epochs before the loss is judged: the first few may sit at chance while the net warms up. */
const MIN_EPOCHS = 5;
/** How close to ln K counts as "at chance" (relative). */
const NEAR = 0.04;
/** How far from chance the first epoch must be for the loss to have "moved" there. */
const MOVED = 0.1;

const CROSS_ENTROPY = new Set<DoctorInput['loss']>([
  'categoricalCrossentropy',
  'binaryCrossentropy',
]);

/** ln K for a cross-entropy classifier of K ≥ 2 classes; null otherwise. */
export function chanceLevel(input: Pick<DoctorInput, 'classCounts' | 'loss'>): number | null {
  const k = input.classCounts?.length ?? 0;
  return k >= 2 && CROSS_ENTROPY.has(input.loss) ? Math.log(k) : null;
}

/** The loss sits at ln K over the last epochs (each of them, not just on average). */
export function atChance(input: DoctorInput): boolean {
  const chance = chanceLevel(input);
  const losses = input.history.map((r) => r.loss);
  if (chance === null || losses.length < MIN_EPOCHS) return false;
  const last = losses.slice(-3);
  return (
    relativeGap(tailMean(losses, 3), chance) <= NEAR &&
    last.every((l) => relativeGap(l, chance) <= 2 * NEAR)
  );
}

export const chanceLoss: Rule = (input): Diagnosis | null => {
  const chance = chanceLevel(input);
  if (chance === null || !atChance(input)) return null;
  const losses = input.history.map((r) => r.loss);
  const moved = relativeGap(headMean(losses, 1), chance) > MOVED;
  const dead = deadShare(input.deadUnits);
  if (!moved && dead < 0.5) return null;
  const k = input.classCounts?.length ?? 0;
  return {
    id: 'chance-loss',
    severity: 'problem',
    title: t('doctor:chanceLoss.title'),
    message: t('doctor:chanceLoss.message', {
      epochs: losses.length,
      loss: tailMean(losses, 3).toFixed(3),
      classes: k,
      chance: chance.toFixed(3),
    }),
    evidence: [
      {
        label: t('doctor:chanceLoss.recentLoss'),
        value: tailMean(losses, 3),
        format: 'number',
      },
      { label: t('doctor:chanceLoss.chance'), value: chance, format: 'number' },
      { label: t('doctor:chanceLoss.firstLoss'), value: headMean(losses, 1), format: 'number' },
      { label: t('doctor:chanceLoss.dead'), value: dead, format: 'percent' },
    ],
    fixes: input.reluHidden ? ['lower-rate', 'leaky-relu'] : ['lower-rate'],
  };
};

/**
 * Training loss flat from the start: the weights hardly move. Usually the
 * learning rate is too low, or inputs of very different scales make the
 * steps that suit one input far too small for the others.
 */
import { t } from '../../i18n';
import type { Diagnosis, Rule } from './diagnosis';
import { headMean, relativeGap, tailMean } from './series';

const MIN_EPOCHS = 5;
/** Less than this relative change between the first epoch and the last three is "flat". */
const FLAT = 0.02;

export const flatLoss: Rule = (input): Diagnosis | null => {
  const losses = input.history.map((r) => r.loss);
  if (losses.length < MIN_EPOCHS || !losses.every(Number.isFinite)) return null;
  const first = headMean(losses, 1);
  const recent = tailMean(losses, 3);
  if (first === 0 || relativeGap(recent, first) >= FLAT) return null;
  // Every epoch near the first: a loss that fell and came back is not "flat from the start".
  if (losses.some((l) => relativeGap(l, first) >= 2 * FLAT)) return null;
  const unscaled = input.inputsScaled === false;
  return {
    id: 'flat-loss',
    severity: 'problem',
    title: t('doctor:flatLoss.title'),
    message: t(unscaled ? 'doctor:flatLoss.messageUnscaled' : 'doctor:flatLoss.message', {
      epochs: losses.length,
      first: first.toPrecision(3),
      recent: recent.toPrecision(3),
    }),
    evidence: [
      { label: t('doctor:flatLoss.firstLoss'), value: first, format: 'number' },
      { label: t('doctor:flatLoss.recentLoss'), value: recent, format: 'number' },
      { label: t('doctor:flatLoss.change'), value: (recent - first) / first, format: 'percent' },
    ],
    fixes: unscaled ? ['raise-rate', 'scale-inputs'] : ['raise-rate'],
  };
};

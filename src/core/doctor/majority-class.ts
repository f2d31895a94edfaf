/**
 * Accuracy at the majority-class rate: on imbalanced data a network that
 * answers the most common class for everything scores exactly that class's
 * share, which can look like a decent accuracy. The share comes from the
 * training split's class counts.
 */
import { t } from '../../i18n';
import type { Diagnosis, Rule } from './diagnosis';
import { tailMean } from './series';

const MIN_EPOCHS = 5;
/** Imbalanced: the largest class is at least this much above an even share (1/K). */
const ABOVE_EVEN = 0.1;
/** Accuracy within this of the majority share counts as "at" it. */
const NEAR = 0.02;

export const majorityClass: Rule = (input): Diagnosis | null => {
  const counts = input.classCounts;
  const total = counts?.reduce((a, b) => a + b, 0) ?? 0;
  if (!counts || counts.length < 2 || total === 0 || input.history.length < MIN_EPOCHS) return null;
  const largest = Math.max(...counts);
  const share = largest / total;
  if (share < 1 / counts.length + ABOVE_EVEN) return null;
  const acc = input.history.map((r) => r.acc);
  if (acc.some((a) => a === null)) return null;
  const last = (acc as number[]).slice(-3);
  const recent = tailMean(last, 3);
  if (Math.abs(recent - share) > NEAR || last.some((a) => Math.abs(a - share) > 2 * NEAR))
    return null;
  const majority = counts.indexOf(largest);
  return {
    id: 'majority-class',
    severity: 'problem',
    title: t('doctor:majorityClass.title'),
    message: t('doctor:majorityClass.message', {
      accuracy: (recent * 100).toFixed(1),
      class: majority + 1,
      largest,
      total,
    }),
    evidence: [
      { label: t('doctor:majorityClass.recentAccuracy'), value: recent, format: 'percent' },
      { label: t('doctor:majorityClass.share'), value: share, format: 'percent' },
      { label: t('doctor:majorityClass.classes'), value: counts.length, format: 'number' },
    ],
    fixes: input.reluHidden ? ['lower-rate', 'leaky-relu'] : ['lower-rate'],
  };
};

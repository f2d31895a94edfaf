/**
 * Accuracy at the majority-class rate: on imbalanced data a network that
 * answers the most common class for everything scores exactly that class's
 * share, which can look like a decent accuracy. The share comes from the
 * training split's class counts.
 */
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
    title: 'It only predicts the most common class',
    message: `The training accuracy, ${(recent * 100).toFixed(1)}%, is the share of class ${majority + 1} in the training data (${largest} of ${total} samples): the network has learnt to answer that class for everything, which the imbalance rewards. The other classes are too rare for it to bother. A gentler learning rate, and units that cannot die, often get it past this.`,
    evidence: [
      { label: 'Training accuracy, last 3 epochs', value: recent, format: 'percent' },
      { label: 'Share of the largest class', value: share, format: 'percent' },
      { label: 'Classes', value: counts.length, format: 'number' },
    ],
    fixes: input.reluHidden ? ['lower-rate', 'leaky-relu'] : ['lower-rate'],
  };
};

/**
 * Training loss flat from the start: the weights hardly move. Usually the
 * learning rate is too low, or inputs of very different scales make the
 * steps that suit one input far too small for the others.
 */
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
    title: 'The loss has not moved',
    message: unscaled
      ? `Over ${losses.length} epochs the training loss went from ${first.toPrecision(3)} to ${recent.toPrecision(3)}: the weights hardly move. The learning rate may be too low, or the inputs are unscaled, so a step that suits one column is far too small for another.`
      : `Over ${losses.length} epochs the training loss went from ${first.toPrecision(3)} to ${recent.toPrecision(3)}: the weights hardly move. The learning rate is probably too low for this network.`,
    evidence: [
      { label: 'First epoch’s loss', value: first, format: 'number' },
      { label: 'Training loss, last 3 epochs', value: recent, format: 'number' },
      { label: 'Change', value: (recent - first) / first, format: 'percent' },
    ],
    fixes: unscaled ? ['raise-rate', 'scale-inputs'] : ['raise-rate'],
  };
};

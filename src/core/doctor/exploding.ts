/**
 * Loss exploding or NaN: the run may already have stopped on a non-finite
 * loss (the trainer ends it and restores the last good weights); this says
 * why. A loss that keeps growing past where it started is the same fault
 * caught before it overflows.
 */
import type { Diagnosis, DoctorInput, Rule } from './diagnosis';
import { tailMean } from './series';

/** The recent loss is this many times the lowest so far... */
const GROWTH = 2;
/** ...and above the first epoch's by this factor: a healthy run never climbs back above its start. */
const ABOVE_START = 1.2;
const MIN_EPOCHS = 3;

const fixesFor = (input: DoctorInput): Diagnosis['fixes'] =>
  input.clipping ? ['lower-rate'] : ['lower-rate', 'clip-gradients'];

export const exploding: Rule = (input): Diagnosis | null => {
  const losses = input.history.map((r) => r.loss);
  const lastFinite = losses.filter(Number.isFinite).at(-1) ?? null;
  const nanEpoch =
    input.divergedAt ?? input.history.find((r) => !Number.isFinite(r.loss))?.epoch ?? null;
  if (nanEpoch !== null)
    return {
      id: 'exploding',
      severity: 'problem',
      title: 'The loss blew up',
      message: `At epoch ${nanEpoch} the loss became NaN or infinite: the updates grew until the numbers overflowed, and training stopped there. The learning rate is most likely too high for this network and data; clipping the gradients caps how far a single step can go.`,
      evidence: [
        { label: 'Epoch it happened', value: nanEpoch, format: 'epoch' },
        ...(lastFinite !== null
          ? [{ label: 'Last finite loss', value: lastFinite, format: 'number' as const }]
          : []),
      ],
      fixes: fixesFor(input),
    };
  if (losses.length < MIN_EPOCHS) return null;
  const recent = tailMean(losses, 2);
  const lowest = Math.min(...losses);
  const first = losses[0] as number;
  if (!(recent > GROWTH * lowest && recent > ABOVE_START * first)) return null;
  return {
    id: 'exploding',
    severity: 'problem',
    title: 'The loss is growing',
    message: `The training loss has climbed to ${recent.toPrecision(3)}, ${(recent / lowest).toFixed(1)} times its lowest (${lowest.toPrecision(3)}) and above where it started: each step overshoots and makes things worse. The learning rate is most likely too high; clipping the gradients caps how far a single step can go.`,
    evidence: [
      { label: 'Training loss, last 2 epochs', value: recent, format: 'number' },
      { label: 'Lowest training loss', value: lowest, format: 'number' },
      { label: 'First epoch’s loss', value: first, format: 'number' },
    ],
    fixes: fixesFor(input),
  };
};

/**
 * Loss exploding or NaN: the run may already have stopped on a non-finite
 * loss (the trainer ends it and restores the last good weights); this says
 * why. A loss that keeps growing past where it started is the same fault
 * caught before it overflows.
 */
import { t } from '../../i18n';
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
      title: t('doctor:blewUp.title'),
      message: t('doctor:blewUp.message', { epoch: nanEpoch }),
      evidence: [
        { label: t('doctor:blewUp.epoch'), value: nanEpoch, format: 'epoch' },
        ...(lastFinite !== null
          ? [
              {
                label: t('doctor:blewUp.lastFinite'),
                value: lastFinite,
                format: 'number' as const,
              },
            ]
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
    title: t('doctor:growing.title'),
    message: t('doctor:growing.message', {
      recent: recent.toPrecision(3),
      ratio: (recent / lowest).toFixed(1),
      lowest: lowest.toPrecision(3),
    }),
    evidence: [
      { label: t('doctor:growing.recentLoss'), value: recent, format: 'number' },
      { label: t('doctor:growing.lowest'), value: lowest, format: 'number' },
      { label: t('doctor:growing.firstLoss'), value: first, format: 'number' },
    ],
    fixes: fixesFor(input),
  };
};

/**
 * Recorded-run builders for the doctor's tests: a DoctorInput of healthy
 * defaults around a loss series, plus what a test overrides. Tests only.
 */
import type { EpochRecord } from '../train/history';
import type { DoctorInput } from './diagnosis';

/** Epoch records 1..n from per-epoch series; missing series are null. */
export function epochs(
  loss: number[],
  extra: { valLoss?: number[]; acc?: number[] } = {},
): EpochRecord[] {
  return loss.map((l, i) => ({
    epoch: i + 1,
    loss: l,
    acc: extra.acc?.[i] ?? null,
    valLoss: extra.valLoss?.[i] ?? null,
    valAcc: null,
    learningRate: 0.01,
    elapsedMs: (i + 1) * 100,
  }));
}

/** A two-class cross-entropy run with the app's defaults, over `history`. */
export const doctorInput = (
  history: EpochRecord[],
  over: Partial<DoctorInput> = {},
): DoctorInput => ({
  history,
  classCounts: [100, 100],
  loss: 'categoricalCrossentropy',
  earlyStopping: { enabled: false, patience: 5, minDelta: 0 },
  clipping: false,
  deadUnits: null,
  divergedAt: null,
  inputsScaled: null,
  reluHidden: true,
  ...over,
});

/** A decaying loss with a little seeded-looking wobble: a healthy run. */
export const healthy = (n: number, from = 0.7, to = 0.05): number[] =>
  Array.from(
    { length: n },
    (_, i) => to + (from - to) * Math.exp(-i / 6) * (1 + 0.04 * Math.sin(i * 2.3)),
  );

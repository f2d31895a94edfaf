/**
 * Learning-rate schedules, pure. A schedule turns the base learning rate
 * into the rate for each epoch; reduce-on-plateau also watches the
 * validation loss. The engine asks at the start of every epoch.
 */
import { z } from 'zod';

export const SCHEDULES = [
  { id: 'constant', label: 'Constant', help: 'The same learning rate throughout.' },
  {
    id: 'step',
    label: 'Step decay',
    help: 'Multiply the rate by a factor every N epochs: big steps first, fine ones later.',
  },
  {
    id: 'exponential',
    label: 'Exponential decay',
    help: 'Multiply the rate by a decay factor every epoch: a smooth version of step decay.',
  },
  {
    id: 'cosine',
    label: 'Cosine',
    help: 'Glide from the base rate down to the minimum along half a cosine over the run.',
  },
  {
    id: 'plateau',
    label: 'Reduce on plateau',
    help: 'Cut the rate by a factor when the validation loss has not improved for some epochs.',
  },
] as const;

export type ScheduleId = (typeof SCHEDULES)[number]['id'];

export const scheduleSchema = z.object({
  kind: z.enum(SCHEDULES.map((s) => s.id) as [ScheduleId, ...ScheduleId[]]),
  /** Step decay: epochs between cuts. */
  stepEvery: z
    .number()
    .int('Step size must be a whole number of epochs.')
    .min(1, 'Step size must be at least 1 epoch.')
    .max(10_000),
  /** Step decay and plateau: the multiplier at each cut, in (0, 1). */
  factor: z.number().gt(0, 'Factor must be above 0.').lt(1, 'Factor must be below 1.'),
  /** Exponential: the multiplier per epoch, in (0, 1]. */
  decayRate: z
    .number()
    .gt(0, 'Decay rate must be above 0.')
    .max(1, 'Decay rate must be at most 1.'),
  /** Plateau: epochs without improvement before a cut. */
  patience: z
    .number()
    .int('Patience must be a whole number.')
    .min(1, 'Patience must be at least 1 epoch.')
    .max(1000),
  /** Cosine and plateau: the lowest rate allowed. */
  minLearningRate: z.number().min(0, 'Minimum rate cannot be negative.'),
});

export type ScheduleSpec = z.infer<typeof scheduleSchema>;

export const DEFAULT_SCHEDULE: ScheduleSpec = {
  kind: 'constant',
  stepEvery: 10,
  factor: 0.5,
  decayRate: 0.95,
  patience: 5,
  minLearningRate: 1e-5,
};

/** Improvement in validation loss smaller than this does not count. */
const PLATEAU_MIN_DELTA = 1e-4;

/** The learning rate epoch by epoch for one run. */
export class LrSchedule {
  private plateauScale = 1;
  private best = Infinity;
  private wait = 0;

  /**
   * @param spec the schedule
   * @param baseRate the learning rate it starts from (may change mid-run)
   * @param runEpochs epochs in this run (the cosine's period)
   */
  constructor(
    private spec: ScheduleSpec,
    private baseRate: number,
    private readonly runEpochs: number,
  ) {}

  setBaseRate(rate: number): void {
    this.baseRate = rate;
  }

  /** Change the schedule mid-run; plateau history restarts. */
  setSpec(spec: ScheduleSpec): void {
    this.spec = spec;
    this.plateauScale = 1;
    this.best = Infinity;
    this.wait = 0;
  }

  /** Rate for 0-based epoch `e` of this run. */
  rateAt(e: number): number {
    const { spec, baseRate } = this;
    switch (spec.kind) {
      case 'constant':
        return baseRate;
      case 'step':
        return baseRate * spec.factor ** Math.floor(e / spec.stepEvery);
      case 'exponential':
        return baseRate * spec.decayRate ** e;
      case 'cosine': {
        const floor = Math.min(spec.minLearningRate, baseRate);
        const t = this.runEpochs <= 1 ? 0 : Math.min(1, e / (this.runEpochs - 1));
        return floor + ((baseRate - floor) * (1 + Math.cos(Math.PI * t))) / 2;
      }
      case 'plateau':
        return Math.max(Math.min(spec.minLearningRate, baseRate), baseRate * this.plateauScale);
    }
  }

  /** Feed the epoch's validation loss (reduce-on-plateau only). Returns true when it cut the rate. */
  observe(valLoss: number | null): boolean {
    if (this.spec.kind !== 'plateau' || valLoss === null) return false;
    if (valLoss < this.best - PLATEAU_MIN_DELTA) {
      this.best = valLoss;
      this.wait = 0;
      return false;
    }
    this.wait += 1;
    if (this.wait < this.spec.patience) return false;
    this.wait = 0;
    this.plateauScale *= this.spec.factor;
    return true;
  }
}

/**
 * Learning-rate schedules, pure. A schedule turns the base learning rate
 * into the rate for each epoch; reduce-on-plateau also watches the
 * validation loss. The engine asks at the start of every epoch.
 */
import { z } from 'zod';
import { t } from '../../i18n';
import { choicesOf, idsOf } from '../choices';
import { settingDefaults, type SettingTable } from '../settings';

/** The settings schedules read; each schedule uses some of them. */
interface ScheduleParams {
  /** Step decay: epochs between cuts. */
  stepEvery: number;
  /** Step decay and plateau: the multiplier at each cut, in (0, 1). */
  factor: number;
  /** Exponential: the multiplier per epoch, in (0, 1]. */
  decayRate: number;
  /** Plateau: epochs without improvement before a cut. */
  patience: number;
  /** Cosine and plateau: the lowest rate allowed. */
  minLearningRate: number;
}

/** What a schedule's rate rule reads. */
interface RateInput {
  spec: ScheduleParams;
  baseRate: number;
  /** 0-based epoch of this run. */
  epoch: number;
  /** Epochs in this run (the cosine's period). */
  runEpochs: number;
  /** Reduce-on-plateau: the product of the cuts so far. */
  plateauScale: number;
}

interface ScheduleDescriptor {
  label: string;
  help: string;
  /** The settings this schedule reads, in the order the UI shows them. */
  uses: readonly (keyof ScheduleParams)[];
  rate(input: RateInput): number;
}

export const SCHEDULES = {
  constant: {
    label: 'Constant',
    help: 'The same learning rate throughout.',
    uses: [],
    rate: ({ baseRate }) => baseRate,
  },
  step: {
    label: 'Step decay',
    help: 'Multiply the rate by a factor every N epochs: big steps first, fine ones later.',
    uses: ['stepEvery', 'factor'],
    rate: ({ spec, baseRate, epoch }) =>
      baseRate * spec.factor ** Math.floor(epoch / spec.stepEvery),
  },
  exponential: {
    label: 'Exponential decay',
    help: 'Multiply the rate by a decay factor every epoch: a smooth version of step decay.',
    uses: ['decayRate'],
    rate: ({ spec, baseRate, epoch }) => baseRate * spec.decayRate ** epoch,
  },
  cosine: {
    label: 'Cosine',
    help: 'Glide from the base rate down to the minimum along half a cosine over the run.',
    uses: ['minLearningRate'],
    rate: ({ spec, baseRate, epoch, runEpochs }) => {
      const floor = Math.min(spec.minLearningRate, baseRate);
      const t = runEpochs <= 1 ? 0 : Math.min(1, epoch / (runEpochs - 1));
      return floor + ((baseRate - floor) * (1 + Math.cos(Math.PI * t))) / 2;
    },
  },
  plateau: {
    label: 'Reduce on plateau',
    help: 'Cut the rate by a factor when the validation loss has not improved for some epochs.',
    uses: ['factor', 'patience', 'minLearningRate'],
    rate: ({ spec, baseRate, plateauScale }) =>
      Math.max(Math.min(spec.minLearningRate, baseRate), baseRate * plateauScale),
  },
} as const satisfies Record<string, ScheduleDescriptor>;

export type ScheduleId = keyof typeof SCHEDULES;

export const SCHEDULE_CHOICES = choicesOf(SCHEDULES);

export const scheduleSchema = z.object({
  kind: z.enum(idsOf(SCHEDULES)),
  stepEvery: z
    .number()
    .int({ error: () => t('training:problems.stepInt') })
    .min(1, { error: () => t('training:problems.stepMin') })
    .max(10_000),
  factor: z
    .number()
    .gt(0, { error: () => t('training:problems.factorMin') })
    .lt(1, { error: () => t('training:problems.factorMax') }),
  decayRate: z
    .number()
    .gt(0, { error: () => t('training:problems.decayMin') })
    .max(1, { error: () => t('training:problems.decayMax') }),
  patience: z
    .number()
    .int({ error: () => t('training:problems.patienceInt') })
    .min(1, { error: () => t('training:problems.patienceMin') })
    .max(1000),
  minLearningRate: z.number().min(0, { error: () => t('training:problems.minRate') }),
}) satisfies z.ZodType<{ kind: ScheduleId } & ScheduleParams>;

export type ScheduleSpec = z.infer<typeof scheduleSchema>;

/** One descriptor per schedule setting; its ranges agree with `scheduleSchema`. */
export const SCHEDULE_SETTINGS: SettingTable<ScheduleParams> = {
  stepEvery: {
    label: 'Every (epochs)',
    type: 'int',
    min: 1,
    max: 10_000,
    step: 1,
    default: 10,
    help: 'Epochs between cuts.',
  },
  factor: {
    label: 'Factor',
    type: 'float',
    min: 0,
    minExclusive: true,
    max: 1,
    maxExclusive: true,
    step: 0.05,
    default: 0.5,
    help: 'The multiplier at each cut, between 0 and 1.',
  },
  decayRate: {
    label: 'Decay per epoch',
    type: 'float',
    min: 0,
    minExclusive: true,
    max: 1,
    step: 0.01,
    default: 0.95,
    help: 'The multiplier applied every epoch; 1 keeps the rate constant.',
  },
  patience: {
    label: 'Patience (epochs)',
    type: 'int',
    min: 1,
    max: 1000,
    step: 1,
    default: 5,
    help: 'Epochs without improvement in the validation loss before a cut.',
  },
  minLearningRate: {
    label: 'Minimum rate',
    type: 'float',
    min: 0,
    max: Infinity,
    step: 1e-5,
    default: 1e-5,
    help: 'The rate never goes below this.',
  },
};

export const DEFAULT_SCHEDULE: ScheduleSpec = {
  kind: 'constant',
  ...settingDefaults(SCHEDULE_SETTINGS),
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
    const { spec, baseRate, runEpochs, plateauScale } = this;
    const d: ScheduleDescriptor = SCHEDULES[spec.kind];
    return d.rate({ spec, baseRate, epoch: e, runEpochs, plateauScale });
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

import { describe, expect, it } from 'vitest';
import { EarlyStopper } from './early-stopping';
import { settingList } from '../settings';
import {
  DEFAULT_SCHEDULE,
  LrSchedule,
  SCHEDULE_SETTINGS,
  SCHEDULES,
  scheduleSchema,
  type ScheduleSpec,
} from './schedules';

const rates = (spec: Partial<ScheduleSpec>, base: number, epochs: number) => {
  const s = new LrSchedule({ ...DEFAULT_SCHEDULE, ...spec }, base, epochs);
  return Array.from({ length: epochs }, (_, e) => s.rateAt(e));
};

describe('learning-rate schedules', () => {
  it('constant keeps the base rate', () => {
    expect(rates({ kind: 'constant' }, 0.1, 3)).toEqual([0.1, 0.1, 0.1]);
  });

  it('step decay cuts by the factor every N epochs', () => {
    expect(rates({ kind: 'step', stepEvery: 2, factor: 0.5 }, 0.8, 6)).toEqual([
      0.8, 0.8, 0.4, 0.4, 0.2, 0.2,
    ]);
  });

  it('exponential decay multiplies every epoch', () => {
    const r = rates({ kind: 'exponential', decayRate: 0.9 }, 1, 4);
    r.forEach((v, i) => expect(v).toBeCloseTo(0.9 ** i, 12));
  });

  it('cosine glides from the base rate to the minimum over the run', () => {
    const r = rates({ kind: 'cosine', minLearningRate: 0.1 }, 1.1, 5);
    expect(r[0]).toBeCloseTo(1.1, 12);
    expect(r[2]).toBeCloseTo(0.6, 12);
    expect(r[4]).toBeCloseTo(0.1, 12);
  });

  it('reduce-on-plateau cuts after `patience` epochs without improvement, down to the floor', () => {
    const s = new LrSchedule(
      { ...DEFAULT_SCHEDULE, kind: 'plateau', patience: 2, factor: 0.5, minLearningRate: 0.2 },
      1,
      20,
    );
    expect(s.observe(1.0)).toBe(false);
    expect(s.observe(0.9)).toBe(false);
    expect(s.observe(0.95)).toBe(false);
    expect(s.observe(0.91)).toBe(true);
    expect(s.rateAt(4)).toBe(0.5);
    s.observe(0.99);
    s.observe(0.99);
    expect(s.rateAt(6)).toBe(0.25);
    s.observe(0.99);
    s.observe(0.99);
    expect(s.rateAt(8)).toBe(0.2);
  });

  it('follows a base-rate change mid-run', () => {
    const s = new LrSchedule(
      { ...DEFAULT_SCHEDULE, kind: 'step', stepEvery: 1, factor: 0.5 },
      1,
      4,
    );
    s.setBaseRate(0.1);
    expect(s.rateAt(1)).toBeCloseTo(0.05, 12);
  });
});

describe('early stopping', () => {
  it('stops after `patience` epochs without improvement and remembers the best', () => {
    const e = new EarlyStopper({ enabled: true, patience: 2, minDelta: 0.01, restoreBest: true });
    expect(e.observe(1, 1.0)).toBe('improved');
    expect(e.observe(2, 0.8)).toBe('improved');
    expect(e.observe(3, 0.795)).toBe('waiting');
    expect(e.observe(4, 0.81)).toBe('stop');
    expect(e.bestEpoch).toBe(2);
    expect(e.bestLoss()).toBe(0.8);
  });

  it('does nothing when disabled', () => {
    const e = new EarlyStopper({ enabled: false, patience: 1, minDelta: 0, restoreBest: false });
    expect([e.observe(1, 1), e.observe(2, 2), e.observe(3, 3)]).toEqual([
      'waiting',
      'waiting',
      'waiting',
    ]);
  });
});

describe('schedule settings', () => {
  const settings = settingList(SCHEDULE_SETTINGS);

  it('declare every setting of the spec, and their defaults are the default schedule', () => {
    expect(settings.map((s) => s.key).sort()).toEqual(
      Object.keys(DEFAULT_SCHEDULE)
        .filter((k) => k !== 'kind')
        .sort(),
    );
    expect(scheduleSchema.parse(DEFAULT_SCHEDULE)).toEqual(DEFAULT_SCHEDULE);
  });

  it.each(settings.map((s) => [s.key, s] as const))(
    '%s: its range agrees with the schema',
    (_k, s) => {
      const ok = (v: number) =>
        scheduleSchema.safeParse({ ...DEFAULT_SCHEDULE, [s.key]: v }).success;
      if (s.type !== 'int' && s.type !== 'float') throw new Error('schedule settings are numbers');
      expect(ok(s.min)).toBe(!s.minExclusive);
      expect(ok(s.min - (s.minExclusive ? 0 : s.step))).toBe(false);
      if (Number.isFinite(s.max)) {
        expect(ok(s.max)).toBe(!s.maxExclusive);
        expect(ok(s.max + 1)).toBe(false);
      }
      if (s.type === 'int') expect(ok(s.min + 0.5)).toBe(false);
    },
  );

  it('each schedule uses declared settings only', () => {
    const keys = new Set(settings.map((s) => s.key));
    for (const d of Object.values(SCHEDULES))
      for (const k of d.uses) expect(keys.has(k)).toBe(true);
  });
});

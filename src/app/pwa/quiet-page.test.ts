import { describe, expect, it } from 'vitest';
import { whenQuiet, type QuietClock, type WorkWatch } from './quiet-page';

/** A clock whose time moves only when told, with idle callbacks run on demand. */
function fakeClock() {
  let now = 0;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const idle: (() => void)[] = [];
  const clock: QuietClock = {
    setTimeout: (run, ms) => {
      nextId += 1;
      timers.set(nextId, { at: now + ms, run });
      return nextId;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    idle: (run) => void idle.push(run),
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at))
        if (t.at <= now) {
          timers.delete(id);
          t.run();
        }
    },
    runIdle() {
      for (const run of idle.splice(0)) run();
    },
    pendingIdle: () => idle.length,
  };
}

function fakeWork(busy: boolean) {
  let state = busy;
  const listeners = new Set<() => void>();
  const watch: WorkWatch = {
    busy: () => state,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return {
    watch,
    set(next: boolean) {
      state = next;
      for (const l of listeners) l();
    },
    /** A store update that changes nothing about the work. */
    touch() {
      for (const l of listeners) l();
    },
    listeners: () => listeners.size,
  };
}

/** Whether `p` has resolved, once the microtasks queued so far have run. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('whenQuiet', () => {
  it('resolves after the settling time and an idle moment, and stops listening', async () => {
    const c = fakeClock();
    const w = fakeWork(false);
    const quiet = whenQuiet(w.watch, 1000, c.clock);
    c.advance(999);
    expect(c.pendingIdle()).toBe(0);
    c.advance(1);
    expect(await settled(quiet)).toBe(false);
    c.runIdle();
    expect(await settled(quiet)).toBe(true);
    expect(w.listeners()).toBe(0);
  });

  it('waits for a run that is going to stop, then settles from its end', async () => {
    const c = fakeClock();
    const w = fakeWork(true);
    const quiet = whenQuiet(w.watch, 1000, c.clock);
    c.advance(60_000);
    c.runIdle();
    expect(await settled(quiet)).toBe(false);
    w.set(false);
    c.advance(500);
    c.runIdle();
    expect(await settled(quiet)).toBe(false);
    c.advance(500);
    c.runIdle();
    expect(await settled(quiet)).toBe(true);
  });

  it('starts settling again when a run starts before the page was quiet', async () => {
    const c = fakeClock();
    const w = fakeWork(false);
    const quiet = whenQuiet(w.watch, 1000, c.clock);
    c.advance(800);
    w.set(true);
    c.advance(5000);
    w.set(false);
    c.advance(800);
    c.runIdle();
    expect(await settled(quiet)).toBe(false);
    c.advance(200);
    c.runIdle();
    expect(await settled(quiet)).toBe(true);
  });

  it('ignores an idle moment asked for before the work started and stopped again', async () => {
    const c = fakeClock();
    const w = fakeWork(false);
    const quiet = whenQuiet(w.watch, 1000, c.clock);
    c.advance(1000); // settled: an idle moment is asked for
    w.set(true);
    w.set(false); // a short job in between: settle again
    c.runIdle();
    expect(await settled(quiet)).toBe(false);
    c.advance(1000);
    c.runIdle();
    expect(await settled(quiet)).toBe(true);
  });

  it('is not held back by store updates that leave the work as it was', async () => {
    const c = fakeClock();
    const w = fakeWork(false);
    const quiet = whenQuiet(w.watch, 1000, c.clock);
    for (let i = 0; i < 10; i++) {
      c.advance(100);
      w.touch();
    }
    c.runIdle();
    expect(await settled(quiet)).toBe(true);
  });
});

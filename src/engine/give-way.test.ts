import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GIVE_WAY_MAX_MS, GIVE_WAY_SHARE, GIVE_WAY_UPFRONT_MS, GiveWay } from './give-way';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});

afterEach(() => {
  vi.useRealTimers();
});

/** A GiveWay on the fake clock. */
const giveWay = () => new GiveWay(() => Date.now());

/** Hold as the loop does, the fake clock running; resolves with the time held. */
async function holdFully(g: GiveWay): Promise<number> {
  const from = Date.now();
  const hold = g.hold();
  await vi.runOnlyPendingTimersAsync();
  await hold;
  return Date.now() - from;
}

describe('GiveWay', () => {
  it('holds the loop for what the page asked, at most one request long', async () => {
    const g = giveWay();
    expect(g.waitNow()).toBe(0);
    g.ask(40);
    expect(g.waitNow()).toBe(40);
    await vi.advanceTimersByTimeAsync(20);
    expect(g.waitNow()).toBe(20);
    expect(await holdFully(g)).toBe(20);
    expect(g.waitNow()).toBe(0);
    g.ask(10_000);
    expect(g.waitNow()).toBe(GIVE_WAY_MAX_MS);
  });

  it('stops holding when the page says it is done, or the run ends it', async () => {
    const g = giveWay();
    g.ask(80);
    let held = true;
    const hold = g.hold().then(() => (held = false));
    await vi.advanceTimersByTimeAsync(10);
    expect(held).toBe(true);
    g.ask(0);
    await hold;
    expect(held).toBe(false);
    expect(g.spentTotalMs).toBe(10);

    g.ask(80);
    const again = g.hold();
    await vi.advanceTimersByTimeAsync(5);
    g.end();
    await again;
    expect(g.spentTotalMs).toBe(15);
  });

  it('gives at most its share of the run, past what it may give up front', async () => {
    const g = giveWay();
    // The page asks all the time: each hold is as long as the budget allows.
    for (let i = 0; i < 1000; i++) {
      g.ask(GIVE_WAY_MAX_MS);
      await holdFully(g);
      await vi.advanceTimersByTimeAsync(25);
    }
    const runMs = Date.now();
    expect(g.spentTotalMs).toBeGreaterThan(GIVE_WAY_UPFRONT_MS);
    expect(g.spentTotalMs).toBeLessThanOrEqual(GIVE_WAY_UPFRONT_MS + GIVE_WAY_SHARE * runMs + 1);
    expect(g.spentTotalMs / runMs).toBeLessThan(GIVE_WAY_SHARE * 1.5);
  });

  it('starts each run with a fresh budget', async () => {
    const g = giveWay();
    for (let i = 0; i < 3; i++) {
      g.ask(GIVE_WAY_MAX_MS);
      await holdFully(g);
    }
    expect(g.spentTotalMs).toBeGreaterThanOrEqual(GIVE_WAY_UPFRONT_MS);
    g.ask(50);
    expect(g.waitNow()).toBeLessThan(50);
    g.start();
    expect(g.spentTotalMs).toBe(0);
    g.ask(50);
    expect(g.waitNow()).toBe(50);
  });
});

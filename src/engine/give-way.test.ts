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
  it('holds from where the loop takes the request, for what the page asked', async () => {
    const g = giveWay();
    expect(g.pending()).toBe(false);
    g.ask(40);
    expect(g.pending()).toBe(true);
    // The loop takes the request late (it was finishing a batch): the page still gets its 40 ms.
    await vi.advanceTimersByTimeAsync(30);
    expect(await holdFully(g)).toBe(40);
    expect(g.pending()).toBe(false);
    g.ask(10_000);
    expect(await holdFully(g)).toBe(GIVE_WAY_MAX_MS);
  });

  it('runs a hold on while the page keeps asking, each request at most one long', async () => {
    const g = giveWay();
    g.ask(50);
    let held = true;
    const from = Date.now();
    const hold = g.hold().then(() => (held = false));
    await vi.advanceTimersByTimeAsync(40);
    g.ask(50);
    await vi.advanceTimersByTimeAsync(40);
    expect(held).toBe(true);
    g.ask(10_000);
    await vi.advanceTimersByTimeAsync(GIVE_WAY_MAX_MS - 1);
    expect(held).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    await hold;
    expect(held).toBe(false);
    expect(Date.now() - from).toBe(80 + GIVE_WAY_MAX_MS);
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
    // A request the loop never took is dropped by the page's "done".
    g.ask(80);
    g.ask(0);
    expect(g.pending()).toBe(false);
  });

  it('tells the page when the loop holds, or that it will not', async () => {
    const g = giveWay();
    const told: string[] = [];
    // Nothing asked: nothing to wait for.
    await g.holding().then(() => told.push('none'));
    g.ask(60);
    const waiting = g.holding().then(() => told.push('holding'));
    await vi.advanceTimersByTimeAsync(100);
    expect(told).toEqual(['none']);
    const hold = g.hold();
    await waiting;
    expect(told).toEqual(['none', 'holding']);
    // While the loop holds, a further ask is answered at once.
    g.ask(60);
    await g.holding().then(() => told.push('still'));
    expect(told.at(-1)).toBe('still');
    await vi.runOnlyPendingTimersAsync();
    await hold;
    // A request the page takes back answers those waiting.
    g.ask(60);
    const dropped = g.holding().then(() => told.push('dropped'));
    g.ask(0);
    await dropped;
    expect(told.at(-1)).toBe('dropped');
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
    // With the budget spent, the page is told at once not to wait.
    g.ask(GIVE_WAY_MAX_MS);
    await holdFully(g);
    g.ask(GIVE_WAY_MAX_MS);
    expect(g.pending()).toBe(false);
    let told = false;
    await g.holding().then(() => (told = true));
    expect(told).toBe(true);
  });

  it('starts each run with a fresh budget', async () => {
    const g = giveWay();
    for (let i = 0; i < 3; i++) {
      g.ask(GIVE_WAY_MAX_MS);
      await holdFully(g);
    }
    expect(g.spentTotalMs).toBeGreaterThanOrEqual(GIVE_WAY_UPFRONT_MS);
    g.ask(GIVE_WAY_MAX_MS);
    expect(g.pending()).toBe(false);
    g.start();
    expect(g.spentTotalMs).toBe(0);
    g.ask(50);
    expect(await holdFully(g)).toBe(50);
  });
});

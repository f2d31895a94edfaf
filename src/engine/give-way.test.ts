import { describe, expect, it } from 'vitest';
import { GIVE_WAY_MAX_MS, GIVE_WAY_SHARE, GIVE_WAY_UPFRONT_MS, GiveWay } from './give-way';

describe('GiveWay', () => {
  it('holds the loop for what the page asked, at most one request long', () => {
    const g = new GiveWay(0);
    expect(g.waitAt(10)).toBe(0);
    g.ask(10, 40);
    expect(g.waitAt(10)).toBe(40);
    expect(g.waitAt(30)).toBe(20);
    expect(g.waitAt(50)).toBe(0);
    g.ask(60, 10_000);
    expect(g.waitAt(60)).toBe(GIVE_WAY_MAX_MS);
  });

  it('stops holding when the page says it is done', () => {
    const g = new GiveWay(0);
    g.ask(0, 80);
    g.ask(5, 0);
    expect(g.waitAt(5)).toBe(0);
  });

  it('gives at most its share of the run, past what it may give up front', () => {
    const g = new GiveWay(1000);
    // The page asks all the time: each hold is as long as the budget allows.
    let now = 1000;
    for (let i = 0; i < 1000; i++) {
      g.ask(now, GIVE_WAY_MAX_MS);
      const wait = g.waitAt(now);
      g.spent(wait);
      now += wait + 25;
    }
    const runMs = now - 1000;
    expect(g.spentTotalMs).toBeGreaterThan(GIVE_WAY_UPFRONT_MS);
    expect(g.spentTotalMs).toBeLessThanOrEqual(GIVE_WAY_UPFRONT_MS + GIVE_WAY_SHARE * runMs + 1);
    expect(g.spentTotalMs / runMs).toBeLessThan(GIVE_WAY_SHARE * 1.5);
  });

  it('gives nothing once the budget is spent, until the run has earned more', () => {
    const g = new GiveWay(0);
    g.spent(GIVE_WAY_UPFRONT_MS);
    g.ask(0, 50);
    expect(g.waitAt(0)).toBe(0);
    g.ask(1000, 50);
    expect(g.waitAt(1000)).toBeCloseTo(GIVE_WAY_SHARE * 1000, 5);
  });
});

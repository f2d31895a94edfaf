import { describe, expect, it } from 'vitest';
import { advance, readProgress, startProgress, stepStates } from './progress';
import { SAVE_AND_LOAD } from './save-load';
import { CTX, T0, run, stepOf, view } from './test-view';

const g = SAVE_AND_LOAD;

describe('save, reload, load, evaluate, download', () => {
  it('ticks saving for a model saved after the step began', () => {
    const step = stepOf(g, 'save');
    const saved = (at: number) =>
      view({ saved: [{ name: 'm', savedAt: new Date(at).toISOString() }] });
    expect(step.done(saved(T0 + 5), CTX)).toBe(true);
    expect(step.done(saved(T0 - 5), CTX)).toBe(false);
  });

  it('ticks the reload once the page session differs from the step’s', () => {
    const step = stepOf(g, 'reload');
    expect(step.done(view({ pageSession: 'page-2' }), CTX)).toBe(true);
    expect(step.done(view({ pageSession: 'page-1' }), CTX)).toBe(false);
  });

  it('ticks loading and evaluating for a model from the browser’s library only', () => {
    expect(stepOf(g, 'load').done(view({ modelSource: 'browser' }), CTX)).toBe(true);
    expect(stepOf(g, 'load').done(view({ modelSource: 'trained' }), CTX)).toBe(false);
    const evaluate = stepOf(g, 'evaluate');
    expect(evaluate.done(view({ modelSource: 'browser', testEvaluated: true }), CTX)).toBe(true);
    expect(evaluate.done(view({ modelSource: 'trained', testEvaluated: true }), CTX)).toBe(false);
    expect(evaluate.done(view({ modelSource: 'browser' }), CTX)).toBe(false);
  });

  it('ticks the download for one after the step began', () => {
    const step = stepOf(g, 'download');
    expect(step.done(view({ lastDownloadAt: T0 + 1 }), CTX)).toBe(true);
    expect(step.done(view({ lastDownloadAt: T0 - 1 }), CTX)).toBe(false);
    expect(step.done(view(), CTX)).toBe(false);
  });
});

describe('progress', () => {
  it('ticks steps in order and judges the next one from the moment it became current', () => {
    const p = startProgress(g, T0, 'page-1');
    const trained = view({ runs: [run()] });
    const after = advance(g, p, trained, T0 + 100);
    expect(after).toMatchObject({ step: 1, stepStartedAt: T0 + 100, stepSession: 'page-1' });
    expect(stepStates(g, after).slice(0, 3)).toEqual(['done', 'current', 'pending']);
    // Nothing new: the same object back, so the store does not change.
    expect(advance(g, after, trained, T0 + 200)).toBe(after);
  });

  it('survives a reload as stored text, and refuses what is not progress', () => {
    const p = { ...startProgress(g, T0, 'page-1'), step: 2 };
    const back = readProgress(JSON.stringify(p));
    expect(back).toEqual(p);
    expect(advance(g, back!, view({ pageSession: 'page-2' }), T0 + 1).step).toBe(3);
    expect(readProgress('{not json')).toBeNull();
    expect(readProgress(JSON.stringify({ ...p, guideId: 'nope' }))).toBeNull();
    expect(readProgress(JSON.stringify({ ...p, step: 99 }))).toBeNull();
    expect(readProgress(null)).toBeNull();
  });
});

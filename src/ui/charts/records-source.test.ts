import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_REFRESH_MS } from '../../core/charts/refresh';
import type { BatchRecord, EpochRecord } from '../../core/train/history';
import { resetStore, useStore } from '../../store/store';
import { createRecordsSource, drawnPerBatch, type Records } from './records-source';

const step = (n: number): BatchRecord => ({
  step: n,
  epoch: 1,
  loss: 1,
  metric: 0.5,
  learningRate: 0.01,
  elapsedMs: n,
});

const addStep = (n: number) =>
  useStore.setState((s) => ({ batchHistory: s.batchHistory.concat(step(n)) }));

beforeEach(() => {
  vi.useFakeTimers();
  resetStore();
});

afterEach(() => {
  vi.useRealTimers();
});

/** `n` charts on `source`, each counting how often it was told of new records. */
function chartsOn(source: ReturnType<typeof createRecordsSource>, n: number) {
  const charts = Array.from({ length: n }, () => {
    const feed = source.feed();
    const chart = { feed, notified: 0, stop: () => {} };
    chart.stop = feed.subscribe(() => chart.notified++);
    return chart;
  });
  return { charts, stop: () => charts.forEach((c) => c.stop()) };
}

const threeCharts = () => chartsOn(createRecordsSource(), 3);

describe('records source', () => {
  it('hands new records to one chart at a time, each after the one before has drawn', async () => {
    const { charts, stop } = threeCharts();
    const [a, b, c] = charts as [(typeof charts)[0], (typeof charts)[0], (typeof charts)[0]];
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(charts.map((x) => x.notified)).toEqual([1, 0, 0]);
    expect(a.feed.getSnapshot().batches).toHaveLength(1);
    expect(b.feed.getSnapshot().batches).toHaveLength(0);

    a.feed.drawn(a.feed.getSnapshot());
    expect(charts.map((x) => x.notified)).toEqual([1, 1, 0]);
    b.feed.drawn(b.feed.getSnapshot());
    c.feed.drawn(c.feed.getSnapshot());
    expect(charts.map((x) => x.notified)).toEqual([1, 1, 1]);
    expect(c.feed.getSnapshot()).toBe(a.feed.getSnapshot());
    stop();
  });

  it('takes a burst of records in one round per interval, and always the last', async () => {
    const { charts, stop } = threeCharts();
    const drawAll = () => charts.forEach((x) => x.feed.drawn(x.feed.getSnapshot()));
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    drawAll();
    for (let i = 2; i <= 10; i++) addStep(i);
    await vi.advanceTimersByTimeAsync(MIN_REFRESH_MS - 1);
    expect(charts[0]?.notified).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(charts[0]?.notified).toBe(2);
    drawAll();
    expect(charts.every((x) => x.feed.getSnapshot().batches.length === 10)).toBe(true);
    stop();
  });

  it('passes over a chart that never draws, so the others still get the records', async () => {
    const { charts, stop } = threeCharts();
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(charts.map((x) => x.notified)).toEqual([1, 0, 0]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(charts.map((x) => x.notified)).toEqual([1, 1, 0]);
    stop();
  });

  it('skips a chart that unsubscribes while it is waited for', async () => {
    const { charts, stop } = threeCharts();
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    charts[0]?.stop();
    expect(charts.map((x) => x.notified)).toEqual([1, 1, 0]);
    stop();
  });

  it("hands a running run's end to the charts like records: rounded, once per change", async () => {
    const { charts, stop } = threeCharts();
    const drawAll = () => charts.forEach((x) => x.feed.drawn(x.feed.getSnapshot()));
    const progress = (epoch: number, batch: number) => ({
      epoch,
      epochsTotal: 50,
      batch,
      batchesPerEpoch: 15,
      samplesPerSecond: 1000,
      elapsedMs: 100,
      etaMs: null,
      learningRate: 0.01,
    });
    useStore.setState({ trainState: 'training', progress: progress(1, 1) });
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    drawAll();
    const first = charts[0]?.feed.getSnapshot().runEnd;
    // 50 epochs of 15 batches: step 750, on an axis whose top tick is 800.
    expect(first).toEqual({ steps: 800, epochs: 50 });
    useStore.setState({ progress: progress(1, 2) });
    addStep(2);
    await vi.advanceTimersByTimeAsync(MIN_REFRESH_MS);
    drawAll();
    expect(charts.every((x) => x.feed.getSnapshot().runEnd === first)).toBe(true);
    useStore.setState({ trainState: 'done' });
    await vi.advanceTimersByTimeAsync(MIN_REFRESH_MS);
    expect(charts.map((x) => x.feed.getSnapshot().runEnd)).toEqual([null, first, first]);
    drawAll();
    expect(charts.every((x) => x.feed.getSnapshot().runEnd === null)).toBe(true);
    stop();
  });

  it("sets a run's end from its settings before its first progress report", async () => {
    const { charts, stop } = threeCharts();
    const n = useStore.getState().dataset.train.n;
    useStore.setState({
      trainState: 'training',
      progress: null,
      training: { ...useStore.getState().training, epochs: 20, batchSize: 16 },
    });
    await vi.advanceTimersByTimeAsync(0);
    const planned = charts[0]?.feed.getSnapshot().runEnd;
    // 20 epochs of ceil(n / 16) steps, up to the axis' top tick.
    const steps = 20 * Math.ceil(n / 16);
    expect(planned?.epochs).toBe(20);
    expect(planned?.steps).toBeGreaterThanOrEqual(steps);
    expect(planned?.steps).toBeLessThan(2 * steps);
    stop();
  });

  it("draws a run's end at once, not an interval later", async () => {
    const { charts, stop } = threeCharts();
    const drawAll = () => charts.forEach((x) => x.feed.drawn(x.feed.getSnapshot()));
    useStore.setState({
      trainState: 'training',
      progress: {
        epoch: 1,
        epochsTotal: 5,
        batch: 1,
        batchesPerEpoch: 6,
        samplesPerSecond: 1000,
        elapsedMs: 100,
        etaMs: null,
        learningRate: 0.01,
      },
    });
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    drawAll();
    // More records within the interval wait for it...
    addStep(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(charts[0]?.notified).toBe(1);
    // ...but the run's end does not.
    addStep(3);
    useStore.setState({ trainState: 'done' });
    await vi.advanceTimersByTimeAsync(0);
    expect(charts[0]?.notified).toBe(2);
    expect(charts[0]?.feed.getSnapshot().runEnd).toBeNull();
    expect(charts[0]?.feed.getSnapshot().batches).toHaveLength(3);
    stop();
  });

  it("draws a run's first records at once, however long the last round took", async () => {
    vi.setSystemTime(0);
    const { charts, stop } = threeCharts();
    // A slow round: each chart takes 150 ms to draw, so the next waits the longest interval.
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    for (const x of charts) {
      await vi.advanceTimersByTimeAsync(150);
      x.feed.drawn(x.feed.getSnapshot());
    }
    // A new run clears the records; its clearing waits for the interval...
    useStore.setState({ batchHistory: [], history: [] });
    await vi.advanceTimersByTimeAsync(MIN_REFRESH_MS);
    expect(charts[0]?.notified).toBe(1);
    // ...but its first records do not.
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(charts[0]?.notified).toBe(2);
    expect(charts[0]?.feed.getSnapshot().batches).toHaveLength(1);
    // The records after them wait for the interval again.
    charts.forEach((x) => x.feed.drawn(x.feed.getSnapshot()));
    addStep(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(charts[0]?.notified).toBe(2);
    stop();
  });
});

describe('drawnPerBatch', () => {
  it('draws a new run per batch from the Train click, before its first records', async () => {
    const { charts, stop } = threeCharts();
    const first = charts[0];
    expect(first && drawnPerBatch(first.feed.getSnapshot())).toBe(false);
    useStore.setState({ trainState: 'training' });
    await vi.advanceTimersByTimeAsync(0);
    const pressed = first?.feed.getSnapshot();
    expect(pressed?.live).toBe(true);
    expect(pressed?.batches).toHaveLength(0);
    expect(pressed && drawnPerBatch(pressed)).toBe(true);
    stop();
  });

  it('keeps epoch records without batches per epoch, running or not', () => {
    const epoch: EpochRecord = {
      epoch: 1,
      loss: 1,
      acc: 0.5,
      valLoss: null,
      valAcc: null,
      learningRate: 0.01,
      elapsedMs: 10,
    };
    const base: Records = { batches: [], history: [epoch], runEnd: null, live: false };
    expect(drawnPerBatch(base)).toBe(false);
    expect(drawnPerBatch({ ...base, live: true })).toBe(false);
    expect(drawnPerBatch({ ...base, batches: [step(1)] })).toBe(true);
  });
});

describe('records source asking the engine to give way', () => {
  it('asks as each chart of a round draws, and says so when the round is over', async () => {
    const asks: number[] = [];
    const source = createRecordsSource({
      onDrawing: (ms) => {
        asks.push(ms);
      },
    });
    const feeds = [0, 1].map(() => source.feed());
    const stops = feeds.map((f) => f.subscribe(() => {}));
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(asks).toHaveLength(1);
    expect(asks[0]).toBeGreaterThan(0);
    feeds[0]?.drawn(feeds[0].getSnapshot());
    expect(asks).toHaveLength(2);
    expect(asks[1]).toBeGreaterThan(0);
    feeds[1]?.drawn(feeds[1].getSnapshot());
    expect(asks.at(-1)).toBe(0);
    stops.forEach((s) => s());
  });
});

describe('records source waiting for the engine to give way', () => {
  /** Two charts whose source asks through `onDrawing`; each resolver answers one ask. */
  function waitingCharts() {
    const answers: (() => void)[] = [];
    const asks: number[] = [];
    const source = createRecordsSource({
      onDrawing: (ms) => {
        asks.push(ms);
        if (ms <= 0) return;
        return new Promise<void>((resolve) => answers.push(resolve));
      },
    });
    return { ...chartsOn(source, 2), answers, asks };
  }

  it('draws a chart once the engine says it holds, not before', async () => {
    const { charts, answers, stop } = waitingCharts();
    const [a, b] = charts as [(typeof charts)[0], (typeof charts)[0]];
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.notified).toBe(0);
    expect(a.feed.getSnapshot().batches).toHaveLength(0);
    answers[0]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(a.notified).toBe(1);
    expect(a.feed.getSnapshot().batches).toHaveLength(1);
    a.feed.drawn(a.feed.getSnapshot());
    await vi.advanceTimersByTimeAsync(0);
    expect(b.notified).toBe(0);
    answers[1]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(b.notified).toBe(1);
    stop();
  });

  it('draws regardless when the engine does not answer in time, and then waits no more that round', async () => {
    const { charts, asks, stop } = waitingCharts();
    const [a, b] = charts as [(typeof charts)[0], (typeof charts)[0]];
    addStep(1);
    await vi.advanceTimersByTimeAsync(399);
    expect(a.notified).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(a.notified).toBe(1);
    a.feed.drawn(a.feed.getSnapshot());
    await vi.advanceTimersByTimeAsync(0);
    // The second chart still asks, but draws at once.
    expect(asks.filter((ms) => ms > 0)).toHaveLength(2);
    expect(b.notified).toBe(1);
    b.feed.drawn(b.feed.getSnapshot());
    expect(asks.at(-1)).toBe(0);

    // The next round waits again.
    await vi.advanceTimersByTimeAsync(MIN_REFRESH_MS * 10);
    addStep(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.notified).toBe(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(a.notified).toBe(2);
    stop();
  });

  it('passes over a chart that leaves while it waits', async () => {
    const { charts, answers, stop } = waitingCharts();
    const [a, b] = charts as [(typeof charts)[0], (typeof charts)[0]];
    addStep(1);
    await vi.advanceTimersByTimeAsync(0);
    a.stop();
    await vi.advanceTimersByTimeAsync(0);
    answers[0]?.();
    answers[1]?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(a.notified).toBe(0);
    expect(b.notified).toBe(1);
    stop();
  });
});

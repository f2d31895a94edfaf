/**
 * The store's training records as the charts see them. The store changes
 * up to once a frame while a run streams records; the charts take them in
 * rounds, at most one round per refresh interval (a change after a quiet
 * spell at once, a burst at intervals, the last one always). In a round the
 * charts are handed the records one after another, each once the one
 * before has drawn, so that each chart's redraw is a task of its own and
 * no frame holds all of them. The time a round took sets the next interval
 * (core/charts/refresh.ts).
 */
import { fromZeroAxis, plannedXEnd, TICK_COUNT } from '../../core/charts/axis-ticks';
import { refreshInterval } from '../../core/charts/refresh';
import type { BatchRecord, EpochRecord } from '../../core/train/history';
import { engineApiIfStarted } from '../../store/engine-ref';
import { useStore, type AppState } from '../../store/store';

/**
 * Where the running run ends on the x-axis, rounded up to the axis' top
 * tick: in steps and in epochs. It changes once per run, not with every
 * batch, and reaches the charts with their records, one chart at a time.
 */
export interface RunEnd {
  steps: number;
  epochs: number;
}

export interface Records {
  batches: readonly BatchRecord[];
  history: readonly EpochRecord[];
  /** Null when no run is going (the axes then fit the records). */
  runEnd: RunEnd | null;
  /** A run is going (training or paused), from the moment Train was pressed. */
  live: boolean;
}

/** One chart's view of the records. */
export interface ChartFeed {
  /** The records this chart is to draw now. */
  getSnapshot(): Records;
  subscribe(notify: () => void): () => void;
  /** The chart has drawn `records` (its redraw is on screen). */
  drawn(records: Records): void;
}

/** A chart that has not drawn within this time is passed over, so one stuck chart stalls nobody. */
const DRAW_TIMEOUT_MS = 1000;

const EMPTY: Records = { batches: [], history: [], runEnd: null, live: false };

/**
 * Whether `now` holds records that do not carry on from those in `was`: a
 * new run's first ones. A run appends to its records, so their first one
 * stays the same object while it goes.
 */
const restarted = (was: Records, now: Records): boolean =>
  (now.batches.length > 0 && now.batches[0] !== was.batches[0]) ||
  (now.history.length > 0 && now.history[0] !== was.history[0]);

const niceTop = (v: number | null): number | null =>
  v === null ? null : (fromZeroAxis(v, TICK_COUNT, true)?.domain[1] ?? null);

/**
 * Whether the records can be drawn per batch. A new run is, from the Train
 * click on: its first records then only add points to the charts, not a
 * change of view as well, which would redraw every chart at once.
 */
export const drawnPerBatch = (r: Pick<Records, 'batches' | 'history' | 'live'>): boolean =>
  r.batches.length > 0 || (r.live && r.history.length === 0);

const isLive = (s: AppState): boolean => s.trainState === 'training' || s.trainState === 'paused';

/**
 * Where a run that has not reported its progress yet will end, from its
 * settings: its epochs after the last one trained, each of
 * ceil(training rows / batch size) steps, as the trainer counts them. So
 * the axes are set from the Train click on, and a run's first records only
 * add points to them.
 */
function plannedEnd(s: AppState): { steps: number; epochs: number } {
  const { epochs, batchSize } = s.training;
  const batches = Math.max(1, Math.ceil(s.dataset.train.n / Math.max(1, batchSize)));
  return {
    steps: (s.batchHistory.at(-1)?.step ?? 0) + epochs * batches,
    epochs: (s.history.at(-1)?.epoch ?? 0) + epochs,
  };
}

function readRunEnd(s: AppState): RunEnd | null {
  if (!isLive(s)) return null;
  const planned = s.progress === null ? plannedEnd(s) : null;
  const steps = niceTop(
    planned?.steps ?? plannedXEnd(s.progress, s.batchHistory.at(-1)?.step ?? 0, 'step'),
  );
  const epochs = niceTop(planned?.epochs ?? plannedXEnd(s.progress, 0, 'epoch'));
  return steps === null || epochs === null ? null : { steps, epochs };
}

interface Chart {
  snapshot: Records;
  notify: (() => void) | null;
}

/**
 * How long the engine is asked to leave the cores to the page while a chart
 * draws (ms); the chart's end, or the round's, ends the request sooner.
 */
const GIVE_WAY_PER_CHART_MS = 100;

/**
 * How long a chart waits for the engine to say it has given way before it
 * draws regardless (ms): about one batch of a conv net on an emulated GPU,
 * which the engine finishes first.
 */
const GIVE_WAY_WAIT_MS = 400;

export interface RecordsSourceOptions {
  /**
   * A chart is about to draw (`ms`: how long it may take), or the round is
   * over (0). A promise returned holds the chart back until it settles
   * (at most GIVE_WAY_WAIT_MS).
   */
  onDrawing?: (ms: number) => Promise<void> | void;
}

export function createRecordsSource(options: RecordsSourceOptions = {}) {
  let latest: Records = EMPTY;
  /** The same object while the values are the same, so that identity says "changed". */
  const readRecords = (): Records => {
    const s = useStore.getState();
    const end = readRunEnd(s);
    const was = latest.runEnd;
    const runEnd = end && was && end.steps === was.steps && end.epochs === was.epochs ? was : end;
    return { batches: s.batchHistory, history: s.history, runEnd, live: isLive(s) };
  };
  let interval = 0;
  let lastRoundAt = -Infinity;
  /** Charts in the order they subscribed (the order they sit on the page). */
  const charts: Chart[] = [];
  let wait: ReturnType<typeof setTimeout> | null = null;
  let round: {
    queue: Chart[];
    current: Chart | null;
    releasedAt: number;
    busyMs: number;
    guard: ReturnType<typeof setTimeout> | null;
    /** A chart of this round waited for the engine in vain: the rest do not wait. */
    lapsed: boolean;
  } | null = null;
  let unsubscribe: (() => void) | null = null;

  const stale = () => {
    const now = readRecords();
    return (
      now.batches !== latest.batches ||
      now.history !== latest.history ||
      now.runEnd !== latest.runEnd ||
      now.live !== latest.live ||
      charts.some((c) => c.snapshot !== latest)
    );
  };

  const schedule = () => {
    if (round !== null || !stale()) return;
    // A run's end is drawn at once, not an interval later: it is the picture
    // the reader waits for. So are a new run's first records: the curve
    // setting off is what Train was pressed to see.
    const now = readRecords();
    const ended = latest.runEnd !== null && now.runEnd === null;
    const urgent = ended || restarted(latest, now);
    if (wait !== null) {
      if (!urgent) return;
      clearTimeout(wait);
    }
    wait = setTimeout(
      () => {
        wait = null;
        startRound();
      },
      urgent ? 0 : Math.max(0, lastRoundAt + interval - performance.now()),
    );
  };

  const startRound = () => {
    const now = readRecords();
    if (
      now.batches !== latest.batches ||
      now.history !== latest.history ||
      now.runEnd !== latest.runEnd ||
      now.live !== latest.live
    )
      latest = now;
    lastRoundAt = performance.now();
    round = {
      queue: charts.filter((c) => c.snapshot !== latest),
      current: null,
      releasedAt: 0,
      busyMs: 0,
      guard: null,
      lapsed: false,
    };
    releaseNext();
  };

  const releaseNext = () => {
    if (!round) return;
    if (round.guard !== null) clearTimeout(round.guard);
    round.guard = null;
    const chart = round.queue.shift();
    if (!chart) {
      // Measured per chart, so the waits between them (other work, frames) are not counted.
      interval = refreshInterval(round.busyMs, useStore.getState().engine.mode === 'page');
      round = null;
      options.onDrawing?.(0);
      schedule();
      return;
    }
    round.current = chart;
    const draw = () => {
      if (!round || round.current !== chart) return;
      round.releasedAt = performance.now();
      chart.snapshot = latest;
      round.guard = setTimeout(() => finish(chart), DRAW_TIMEOUT_MS);
      chart.notify?.();
    };
    const ready = options.onDrawing?.(GIVE_WAY_PER_CHART_MS);
    if (!ready || round.lapsed) {
      draw();
      return;
    }
    const waiting = round;
    let cap: ReturnType<typeof setTimeout> | null = null;
    const lapsed = new Promise<boolean>(
      (resolve) => (cap = setTimeout(() => resolve(true), GIVE_WAY_WAIT_MS)),
    );
    const given = ready.then(
      () => false,
      () => false,
    );
    void Promise.race([given, lapsed]).then((late) => {
      if (cap !== null) clearTimeout(cap);
      if (late) waiting.lapsed = true;
      draw();
    });
  };

  const finish = (chart: Chart) => {
    if (!round || round.current !== chart) return;
    round.busyMs += performance.now() - round.releasedAt;
    round.current = null;
    releaseNext();
  };

  return {
    /** A feed for one chart, which starts with no records and gets them in the next round. */
    feed(): ChartFeed {
      const chart: Chart = { snapshot: EMPTY, notify: null };
      return {
        getSnapshot: () => chart.snapshot,
        drawn(records) {
          if (records === chart.snapshot) finish(chart);
        },
        subscribe(notify) {
          chart.notify = notify;
          charts.push(chart);
          unsubscribe ??= useStore.subscribe(schedule);
          schedule();
          return () => {
            chart.notify = null;
            const i = charts.indexOf(chart);
            if (i < 0) return;
            charts.splice(i, 1);
            if (round) round.queue = round.queue.filter((c) => c !== chart);
            finish(chart);
            if (charts.length > 0) return;
            unsubscribe?.();
            unsubscribe = null;
            if (wait !== null) clearTimeout(wait);
            wait = null;
          };
        },
      };
    },
  };
}

/** Whether the engine was last asked to give way (and not yet told the round is over). */
let askedToGiveWay = false;

/**
 * The one source every training chart shares. While a run trains in the
 * worker, the worker gives way as each chart draws: on two cores the draw
 * otherwise shares one with training and the compiler, and takes twice as
 * long on the clock as it does on the CPU.
 */
export const recordsSource = createRecordsSource({
  onDrawing(ms) {
    const s = useStore.getState();
    const ask = ms > 0 && s.engine.mode === 'worker' && s.trainState === 'training';
    if (!ask && !askedToGiveWay) return;
    askedToGiveWay = ask;
    // A worker gone (a crash, a reload) leaves nothing to wait for.
    const given = engineApiIfStarted()
      ?.giveWay(ask ? ms : 0)
      .catch(() => undefined);
    return ask ? given : undefined;
  },
});

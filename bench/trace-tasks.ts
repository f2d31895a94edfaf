/**
 * Main-thread tasks from a Chromium trace (categories `toplevel`,
 * `blink.user_timing`): each task's wall and CPU time, and per mark (a
 * `performance.mark` the page set at the start of each measured piece of
 * work) the tasks up to the next mark. CPU time is the thread's own time,
 * so another process taking the core does not count against the page.
 * With `devtools.timeline` too, the time the thread spent painting.
 */

/** The trace events read here (Chromium's JSON trace format). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface TraceTask {
  /** Start, in µs on the trace clock. */
  ts: number;
  wallMs: number;
  cpuMs: number;
}

const threadKey = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/** Each renderer main thread's tasks, in order, keyed "pid:tid". */
export function mainThreadTasks(events: readonly TraceEvent[]): Map<string, TraceTask[]> {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(threadKey),
  );
  const byThread = new Map<string, TraceTask[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(threadKey(e)))
      continue;
    const list = byThread.get(threadKey(e)) ?? [];
    list.push({ ts: e.ts, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 });
    byThread.set(threadKey(e), list);
  }
  for (const list of byThread.values()) list.sort((x, y) => x.ts - y.ts);
  return byThread;
}

/**
 * The marks called `name` (µs, in order) and the thread that set them: a
 * navigation may move the page to a new renderer, so the marks say which
 * thread is the page's.
 */
export function markTimes(
  events: readonly TraceEvent[],
  name: string,
): { thread: string | null; times: number[] } {
  const marks = events.filter((e) => e.name === name);
  const thread = marks[0] ? threadKey(marks[0]) : null;
  return {
    thread,
    times: marks
      .filter((e) => threadKey(e) === thread)
      .map((e) => e.ts)
      .sort((x, y) => x - y),
  };
}

/**
 * CPU time the thread `thread` spent in Paint from `start` to `end` (µs),
 * in ms. A layer's paint holds its children's: only the outermost are counted.
 */
export function paintCpuMs(
  events: readonly TraceEvent[],
  thread: string,
  start: number,
  end = Infinity,
): number {
  const paints = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.name === 'Paint' &&
        threadKey(e) === thread &&
        e.ts >= start &&
        e.ts < end,
    )
    .sort((x, y) => x.ts - y.ts);
  let total = 0;
  let until = -Infinity;
  for (const p of paints) {
    if (p.ts < until) continue;
    until = p.ts + (p.dur ?? 0);
    total += (p.tdur ?? p.dur ?? 0) / 1000;
  }
  return total;
}

export interface MarkedWork {
  /** CPU time of all tasks from this mark to the next. */
  cpuMs: number;
  /** The longest of those tasks, by CPU time. */
  longestCpuMs: number;
  longestWallMs: number;
}

/**
 * The work after each mark: the tasks from the one that set the mark up to
 * the next mark (the last mark's, up to `endTs`).
 */
export function workPerMark(
  tasks: readonly TraceTask[],
  marks: readonly number[],
  endTs = Infinity,
): MarkedWork[] {
  return marks.map((start, i) => {
    const end = marks[i + 1] ?? endTs;
    // Overlapping, not starting after: the mark is set inside a task that began before it.
    const inside = tasks.filter((t) => t.ts < end && t.ts + t.wallMs * 1000 > start);
    return {
      cpuMs: inside.reduce((sum, t) => sum + t.cpuMs, 0),
      longestCpuMs: Math.max(0, ...inside.map((t) => t.cpuMs)),
      longestWallMs: Math.max(0, ...inside.map((t) => t.wallMs)),
    };
  });
}

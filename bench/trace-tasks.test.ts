import { describe, expect, it } from 'vitest';
import {
  mainThreadTasks,
  markTimes,
  paintCpuMs,
  workPerMark,
  type TraceEvent,
} from './trace-tasks';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
/** A complete event (`ph: 'X'`) called `name` on thread `tid` of process 1. */
const span =
  (name: string) =>
  (tid: number, ts: number, durMs: number, cpuMs: number): TraceEvent => ({
    name,
    ph: 'X',
    pid: 1,
    tid,
    ts,
    dur: durMs * 1000,
    tdur: cpuMs * 1000,
  });
const task = span('ThreadControllerImpl::RunTask');
const paint = span('Paint');
const mark = (tid: number, ts: number): TraceEvent => ({
  name: 'redraw',
  ph: 'R',
  pid: 1,
  tid,
  ts,
});

describe('trace tasks', () => {
  const events = [
    meta(1, 7, 'CrRendererMain'),
    meta(1, 8, 'DedicatedWorker thread'),
    task(7, 1_000, 5, 4),
    mark(7, 1_500),
    task(7, 10_000, 30, 20),
    task(7, 50_000, 12, 12),
    mark(7, 100_000),
    task(7, 100_500, 8, 6),
    task(8, 20_000, 500, 500), // another thread: never counted
  ];

  it('finds the main threads and their tasks in order', () => {
    const threads = mainThreadTasks(events);
    expect([...threads.keys()]).toEqual(['1:7']);
    expect(threads.get('1:7')?.map((t) => t.cpuMs)).toEqual([4, 20, 12, 6]);
  });

  it('sums the work after each mark, with the task that set it', () => {
    const { thread, times } = markTimes(events, 'redraw');
    expect(thread).toBe('1:7');
    expect(times).toEqual([1_500, 100_000]);
    expect(workPerMark(mainThreadTasks(events).get('1:7') ?? [], times)).toEqual([
      { cpuMs: 36, longestCpuMs: 20, longestWallMs: 30 },
      { cpuMs: 6, longestCpuMs: 6, longestWallMs: 8 },
    ]);
  });

  it('adds up the outermost paints of one thread after the start', () => {
    const paints = [
      paint(7, 500, 3, 3), // before the start
      paint(7, 2_000, 6, 5),
      paint(7, 2_100, 5, 4), // inside the one before: not counted again
      paint(7, 9_000, 2, 2),
      paint(8, 3_000, 9, 9), // another thread
    ];
    expect(paintCpuMs(paints, '1:7', 1_000)).toBe(7);
    expect(paintCpuMs(paints, '1:7', 10_000)).toBe(0);
    expect(paintCpuMs(paints, '1:7', 1_000, 5_000)).toBe(5);
  });
});

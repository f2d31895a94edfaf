/**
 * A run record as the run's events arrive: pure functions from the record
 * so far and a batch of events to the record after them. Nothing here
 * touches the store or storage (actions/run-recording.ts does).
 */
import { addBatches } from '../../core/experiments/batch-thinning';
import type { RunConfig } from '../../core/experiments/run-config';
import { RUN_RECORD_VERSION, type RunRecord } from '../../core/experiments/run-record';
import type { RunEvent } from '../../worker/protocol';
import { word } from '../../i18n/words';
import type { ActiveRun } from '../slices/runs-slice';

/** Colours the run palette offers; a run's colour index cycles through them. */
export const RUN_COLOURS = 10;

export interface NewRun {
  id: string;
  /** The run's number: it is called "Run N". */
  number: number;
  config: RunConfig;
  startedAt: number;
  continuedFrom: string | null;
  sweepId: string | null;
  backend: string | null;
}

/** The name and colour of run number `n`. */
export const numbered = (n: number): { name: string; colour: number } => ({
  name: `Run ${n}`,
  colour: (n - 1) % RUN_COLOURS,
});

/** The record of a run that is just starting. */
export function newRunRecord(r: NewRun): RunRecord {
  return {
    version: RUN_RECORD_VERSION,
    id: r.id,
    ...numbered(r.number),
    startedAt: r.startedAt,
    config: r.config,
    status: 'running',
    message: null,
    backend: r.backend,
    continuedFrom: r.continuedFrom,
    modelName: null,
    sweepId: r.sweepId,
    epochs: [],
    batches: [],
    durationMs: 0,
  };
}

/** A fresh id for a run: random, so imported and local runs never collide. */
export function newRunId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * `active` after `events`, in order: epochs kept in full, batches thinned,
 * the duration from the latest progress, and on 'ended' the outcome, its
 * message and the epoch whose weights were kept. `backend` is the engine's
 * backend now, when known.
 */
export function recordEvents(
  active: ActiveRun,
  events: readonly RunEvent[],
  backend: string | null,
): ActiveRun {
  let { record, batchStride } = active;
  let epochs = record.epochs;
  let batches = record.batches;
  let { durationMs, status, message, keptEpoch } = record;
  for (const e of events) {
    if (status !== 'running') break;
    if (e.type === 'epoch') epochs = [...epochs, e.record];
    else if (e.type === 'batches') {
      const thinned = addBatches(batches, batchStride, e.records);
      batches = thinned.batches;
      batchStride = thinned.stride;
    } else if (e.type === 'progress') durationMs = Math.max(durationMs, e.progress.elapsedMs);
    else if (e.type === 'ended') {
      status = e.outcome;
      // A stored run keeps its message in the language it ended in.
      message = e.message && word(e.message);
      keptEpoch = e.keptEpoch;
    }
  }
  record = {
    ...record,
    epochs,
    batches,
    durationMs,
    status,
    message,
    backend: backend ?? record.backend,
    ...(keptEpoch !== undefined && { keptEpoch }),
  };
  return { record, batchStride };
}

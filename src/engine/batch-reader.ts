/**
 * Batch losses read back from the backend in groups, without stalling the
 * training loop: `start()` stacks what is pending and begins an
 * asynchronous read, and the loop goes on queueing batches, so the
 * backend's queue never runs dry while the loop waits for a number. Reads
 * deliver in the order they started; an error thrown while delivering (a
 * non-finite loss) surfaces where the loop next waits, in `settle()`.
 */
import * as tf from '@tensorflow/tfjs-core';

/** What the loop knew of a batch when it queued it. */
export interface PendingStep {
  step: number;
  epoch: number;
  learningRate: number;
  elapsedMs: number;
}

/** Receives each read: [loss, metric] per batch, interleaved, and the batches' steps. */
export type Deliver = (values: ArrayLike<number>, steps: PendingStep[]) => void;

export class BatchReader {
  private pending: tf.Scalar[] = [];
  private steps: PendingStep[] = [];
  /** Every read started and not yet waited for, chained in order. */
  private reading: Promise<void> | null = null;

  constructor(private readonly deliver: Deliver) {}

  /** A queued batch's loss and metric scalars (the reader disposes them). */
  add(loss: tf.Scalar, metric: tf.Scalar, step: PendingStep): void {
    this.pending.push(loss, metric);
    this.steps.push(step);
  }

  /** Begin reading every pending batch; returns at once. */
  start(): void {
    if (this.pending.length === 0) return;
    const stacked = tf.stack(this.pending);
    tf.dispose(this.pending);
    this.pending = [];
    const steps = this.steps;
    this.steps = [];
    const values = stacked.data().finally(() => stacked.dispose());
    const before = this.reading ?? Promise.resolve();
    const read = before.then(() => values).then((v) => this.deliver(v, steps));
    // Failures surface in settle(), not as unhandled rejections.
    read.catch(() => undefined);
    this.reading = read;
  }

  /** Wait for every read started so far (throws what a delivery threw). */
  async settle(): Promise<void> {
    const last = this.reading;
    this.reading = null;
    await last;
  }

  /** Read every pending batch and wait for it. */
  async flush(): Promise<void> {
    this.start();
    await this.settle();
  }

  /** Drop what is pending and let a read still out finish (its error is not ours to throw now). */
  async dispose(): Promise<void> {
    tf.dispose(this.pending);
    this.pending = [];
    this.steps = [];
    await this.settle().catch(() => undefined);
  }
}

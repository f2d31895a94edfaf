/**
 * Per-epoch weight summaries during training, without ever making the
 * training loop wait: at an epoch's end the weights are copied on the
 * backend (synchronous, cheap) and read back asynchronously. At most one
 * read is in flight; a capture taken meanwhile waits, and a newer one
 * replaces it (the older is disposed), so a slow read skips epochs but the
 * last epoch of a run is always summarised. `drain()` waits for that.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { WeightSummary } from '../worker/protocol';
import { captureWeights, readCapture, type WeightCapture } from './weight-stats';

export class WeightFeed {
  private reading: Promise<void> | null = null;
  private waiting: WeightCapture | null = null;

  /** @param emit receives each summary, in epoch order */
  constructor(private readonly emit: (summary: WeightSummary) => void) {}

  /** Summarise `model`'s weights as they are now, labelled `epoch`. */
  capture(model: tfl.LayersModel, epoch: number): void {
    const c = captureWeights(model, epoch);
    if (!this.reading) return this.read(c);
    this.waiting?.dispose();
    this.waiting = c;
  }

  /** Resolves once every capture taken so far has been read (or dropped as superseded). */
  async drain(): Promise<void> {
    while (this.reading) await this.reading;
  }

  /** Drop a capture still waiting (a read in flight finishes on its own). */
  dispose(): void {
    this.waiting?.dispose();
    this.waiting = null;
  }

  private read(c: WeightCapture): void {
    this.reading = readCapture(c)
      .then((summary) => this.emit(summary))
      // A failed read (or listener) only loses this one summary.
      .catch(() => undefined)
      .finally(() => {
        this.reading = null;
        const next = this.waiting;
        this.waiting = null;
        if (next) this.read(next);
      });
  }
}

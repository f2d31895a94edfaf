/**
 * Watching the WebGL context the engine trains on. tfjs raises nothing when
 * the context is lost (a pending read hangs, a later one returns zeros), so
 * the engine listens for the canvas's `webglcontextlost` itself, and asks
 * `gl.isContextLost()` when tfjs throws. Also tells the engine when a lost
 * context is restored. Owns no tensors.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';

type Canvas = HTMLCanvasElement | OffscreenCanvas;

/** The active WebGL backend's context, or null on any other backend. */
export function activeGl(): WebGLRenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return (tf.backend() as MathBackendWebGL).gpgpu?.gl ?? null;
}

/** Messages of errors tfjs (or the browser) throws when GPU or main memory runs out. */
const OUT_OF_MEMORY =
  /OUT_OF_MEMORY|out of memory|Unable to create WebGL|allocation failed|Failed to allocate/i;

/** True when `e` says an allocation failed. */
export const isOutOfMemory = (e: unknown): boolean =>
  OUT_OF_MEMORY.test(e instanceof Error ? e.message : String(e));

export class GpuWatch {
  private canvas: Canvas | null = null;
  private gl: WebGLRenderingContext | null = null;
  private lostFlag = false;
  private readonly onLostEvent = (ev: Event) => {
    // Without preventDefault the browser never restores the context.
    ev.preventDefault();
    this.lostFlag = true;
    this.onLost();
  };
  private readonly onRestoredEvent = () => this.onRestored();

  /**
   * @param onLost called once per loss, when the canvas reports it
   * @param onRestored called when the lost context is back
   */
  constructor(
    private readonly onLost: () => void,
    private readonly onRestored: () => void,
  ) {}

  /**
   * Watch the active WebGL backend's canvas (no-op on other backends or one already watched).
   * @param gl the context to watch; tests pass their own
   */
  attach(gl: WebGLRenderingContext | null = activeGl()): void {
    if (!gl || gl === this.gl) return;
    this.detach();
    this.gl = gl;
    this.lostFlag = false;
    this.canvas = gl.canvas as Canvas;
    this.canvas.addEventListener('webglcontextlost', this.onLostEvent);
    this.canvas.addEventListener('webglcontextrestored', this.onRestoredEvent);
  }

  /** True when the watched context is lost, by its event or by asking it. */
  isLost(): boolean {
    return this.lostFlag || Boolean(this.gl?.isContextLost());
  }

  /** Stop watching for losses; a lost context's restore is still reported. */
  forgetLoss(): void {
    this.canvas?.removeEventListener('webglcontextlost', this.onLostEvent);
    this.gl = null;
    this.lostFlag = false;
  }

  detach(): void {
    this.canvas?.removeEventListener('webglcontextlost', this.onLostEvent);
    this.canvas?.removeEventListener('webglcontextrestored', this.onRestoredEvent);
    this.canvas = null;
    this.gl = null;
    this.lostFlag = false;
  }
}

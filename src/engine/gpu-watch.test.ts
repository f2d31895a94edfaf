import { describe, expect, it } from 'vitest';
import { GpuWatch } from './gpu-watch';

/** A stand-in for a WebGL context: its canvas dispatches the context events. */
function fakeGl() {
  const canvas = new EventTarget();
  const gl = { canvas, isContextLost: () => false } as unknown as WebGLRenderingContext;
  const fire = (type: string) => {
    const ev = new Event(type, { cancelable: true });
    canvas.dispatchEvent(ev);
    return ev;
  };
  return { gl, fire };
}

describe('GpuWatch', () => {
  it('reports a lost context once, keeps it restorable, and forgets it for the next run', () => {
    const seen: string[] = [];
    const watch = new GpuWatch(
      () => seen.push('lost'),
      () => seen.push('restored'),
    );
    const { gl, fire } = fakeGl();
    watch.attach(gl);
    expect(watch.isLost()).toBe(false);
    // preventDefault is what lets the browser give the context back.
    expect(fire('webglcontextlost').defaultPrevented).toBe(true);
    expect(watch.isLost()).toBe(true);

    watch.forgetLoss();
    expect(watch.isLost()).toBe(false);
    fire('webglcontextlost');
    fire('webglcontextrestored');
    expect(seen).toEqual(['lost', 'restored']);
  });

  it('asks the context itself when no event came', () => {
    const watch = new GpuWatch(
      () => undefined,
      () => undefined,
    );
    let lost = false;
    const gl = {
      canvas: new EventTarget(),
      isContextLost: () => lost,
    } as unknown as WebGLRenderingContext;
    watch.attach(gl);
    lost = true;
    expect(watch.isLost()).toBe(true);
  });
});

/**
 * Predicting at a point of the input plane with the current model.
 */
import { engineApi } from '../engine-ref';
import { useStore } from '../store';

/** Set the probe point and predict there. */
export async function predictAt(x: number, y: number): Promise<void> {
  useStore.setState({ probe: { x, y } });
  await predictProbe();
}

export async function predictProbe(): Promise<void> {
  const { model, probe } = useStore.getState();
  if (!model) {
    useStore.setState({ probeOutput: null, probeError: null });
    return;
  }
  if (!Number.isFinite(probe.x) || !Number.isFinite(probe.y)) {
    useStore.setState({ probeOutput: null, probeError: 'Enter a number for both coordinates.' });
    return;
  }
  try {
    const out = await engineApi().predict(new Float32Array([probe.x, probe.y]), [2]);
    useStore.setState({ probeOutput: { ...probe, values: Array.from(out) }, probeError: null });
  } catch (e) {
    useStore.setState({ probeOutput: null, probeError: (e as Error).message });
  }
}

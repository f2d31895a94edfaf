import { formatInt } from '../../core/format';
import { nonFiniteSummary } from '../../core/io/weight-values';
import { useStore } from '../../store/store';
import { ModelGraph } from './ModelGraph';

const OPTIMIZER_TEXT = {
  restored: 'restored: continued training picks up exactly where it stopped',
  none: 'not saved: continued training starts the optimizer afresh',
  ignored: 'not used',
} as const;

/** What the loaded model is: where it came from, its layers, and its optimizer state. */
export function CurrentModelCard() {
  const model = useStore((s) => s.model);
  const loaded = model?.loaded;
  if (!model || !loaded) return null;
  const origin = [loaded.generatedBy, loaded.convertedBy].filter(Boolean).join(', converted by ');
  return (
    <section className="loaded-model" aria-label="Loaded model" data-testid="loaded-model">
      <p>
        Current model: <strong>{model.name}</strong> · {loaded.layers.length} layers ·{' '}
        {formatInt(loaded.totalParams)} parameters · input {loaded.inputShape} → output{' '}
        {loaded.outputShape}
      </p>
      {origin && <p className="help">Made by {origin}.</p>}
      {loaded.nonFinite && (
        <p className="model-warning" role="note" aria-label="Weights warning">
          Warning: {nonFiniteSummary(loaded.nonFinite)} Its predictions may be NaN, and training
          cannot continue from these weights.
        </p>
      )}
      {loaded.graphNote ? (
        <p className="help">{loaded.graphNote}</p>
      ) : model.trainable ? (
        <p className="help" data-testid="optimizer-state">
          Training state {OPTIMIZER_TEXT[loaded.optimizerState]}
          {loaded.optimizerNote ? ` (${loaded.optimizerNote.replace(/\.$/, '')}).` : '.'}
        </p>
      ) : (
        <p className="help">
          Made elsewhere: it can predict and be evaluated here, but not trained further.
        </p>
      )}
      {loaded.graphNote !== null && <ModelGraph layers={loaded.layers} />}
      <details>
        <summary>Layers</summary>
        <table className="layer-table">
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Class</th>
              <th scope="col">Output</th>
              <th scope="col">Parameters</th>
            </tr>
          </thead>
          <tbody>
            {loaded.layers.map((l) => (
              <tr key={l.name}>
                <td>{l.name}</td>
                <td>{l.className}</td>
                <td>{l.outputShape}</td>
                <td>{formatInt(l.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

import type { LayerWeights } from '../../worker/protocol';
import { weightWarning } from './WeightFormat';
import { WeightHistogram } from './WeightHistogram';

/** One layer's weight tensors at the chosen epoch, each as a histogram. */
export function WeightLayerCard({
  layer,
  reference,
  referenceEpoch,
  epoch,
}: {
  layer: LayerWeights;
  /** The same layer in the reference summary (matched by name), or undefined. */
  reference: LayerWeights | undefined;
  referenceEpoch: number;
  epoch: number;
}) {
  return (
    <section className="weight-layer" aria-label={`Weights of ${layer.name}`}>
      <h4 className="weight-layer-title">
        {layer.name} <span className="weight-muted">· {layer.className}</span>
        <span className="weight-muted"> · {layer.params.toLocaleString('en-US')} parameters</span>
      </h4>
      <div className="weight-tensors">
        {layer.weights.map((w) => {
          const ref = reference?.weights.find((r) => r.role === w.role)?.histogram ?? null;
          const warning = weightWarning(
            w.histogram,
            w.role,
            referenceEpoch < epoch ? ref : null,
            referenceEpoch,
          );
          return (
            <div className="weight-tensor" key={w.role}>
              <div className="weight-tensor-title">
                {w.role} <span className="weight-muted">[{w.shape.join(', ')}]</span>
                {w.stride > 1 && <span className="weight-muted"> · 1 in {w.stride} sampled</span>}
              </div>
              <WeightHistogram
                label={`${layer.name} ${w.role}`}
                histogram={w.histogram}
                reference={referenceEpoch < epoch ? ref : null}
                referenceEpoch={referenceEpoch}
                epoch={epoch}
              />
              {warning && (
                <p className="weight-warning" role="note">
                  {warning}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

import { formatInt } from '../../core/format';
import { useTranslation } from '../../i18n/react';
import type { LayerWeights } from '../../worker/protocol';
import { roleName, weightWarning } from './WeightFormat';
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
  const { t } = useTranslation('inside');
  return (
    <section className="weight-layer" aria-label={t('weights.layerLabel', { name: layer.name })}>
      <h4 className="weight-layer-title">
        <span translate="no">{layer.name}</span>{' '}
        <span className="weight-muted">· {layer.className}</span>
        <span className="weight-muted">
          {t('weights.parameters', { n: formatInt(layer.params) })}
        </span>
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
                {roleName(w.role)} <span className="weight-muted">[{w.shape.join(', ')}]</span>
                {w.stride > 1 && (
                  <span className="weight-muted">
                    {t('weights.sampled', { stride: formatInt(w.stride) })}
                  </span>
                )}
              </div>
              <WeightHistogram
                label={t('weights.tensor', { layer: layer.name, role: roleName(w.role) })}
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

import { useMemo } from 'react';
import { ACTIVATIONS, type ActivationId } from '../../core/model/activations';
import {
  HIDDEN_LAYERS_MAX,
  networkProblems,
  summarize,
  UNITS_MAX,
} from '../../core/model/network-spec';
import { formatInt } from '../../core/format';
import { addLayer, removeLayer, updateLayer } from '../../store/actions/edit';
import { useStore } from '../../store/store';
import { NumberInput } from '../common/NumberInput';
import { Panel } from '../common/Panel';

const shape = (s: readonly (number | null)[]): string =>
  `[${s.map((d) => d ?? 'batch').join(', ')}]`;

/**
 * The network editor: hidden Dense layers with units and activation; the
 * input and output rows follow from the data. Each row shows its output
 * shape and parameter count.
 */
export function NetworkPanel() {
  const network = useStore((s) => s.network);
  const numFeatures = useStore((s) => s.dataset.numFeatures);
  const numClasses = useStore((s) => s.dataset.numClasses);
  const summary = useMemo(
    () => summarize(network, { numFeatures, numClasses }),
    [network, numFeatures, numClasses],
  );
  const problems = useMemo(() => networkProblems(network), [network]);
  const problemFor = (id: string) => problems.find((p) => p.layerId === id)?.message;
  const output = summary.layers.slice(network.hidden.length);

  return (
    <Panel title="2 · Network" id="network">
      <table className="layers">
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Units</th>
            <th scope="col">Activation</th>
            <th scope="col">Output shape</th>
            <th scope="col">Params</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="fixed">
            <th scope="row">Input</th>
            <td>{summary.inputShape[1]}</td>
            <td>—</td>
            <td>{shape(summary.inputShape)}</td>
            <td>0</td>
            <td />
          </tr>
          {network.hidden.map((layer, i) => {
            const row = summary.layers[i];
            const problem = problemFor(layer.id);
            const label = `Dense ${i + 1}`;
            return (
              <tr
                key={layer.id}
                className={problem ? 'invalid' : undefined}
                data-testid="hidden-layer"
              >
                <th scope="row">{label}</th>
                <td>
                  <NumberInput
                    aria-label={`${label} units`}
                    aria-invalid={problem ? true : undefined}
                    min={1}
                    max={UNITS_MAX}
                    step={1}
                    value={layer.units}
                    onValue={(units) => updateLayer(layer.id, { units })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${label} activation`}
                    value={layer.activation}
                    title={ACTIVATIONS.find((a) => a.id === layer.activation)?.help}
                    onChange={(e) =>
                      updateLayer(layer.id, { activation: e.target.value as ActivationId })
                    }
                  >
                    {ACTIVATIONS.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{row && !problem ? shape(row.outputShape) : '—'}</td>
                <td>{row && !problem ? formatInt(row.params) : '—'}</td>
                <td>
                  <button
                    type="button"
                    className="icon"
                    aria-label={`Remove ${label}`}
                    onClick={() => removeLayer(layer.id)}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
          {output.map((row) => (
            <tr key={row.id} className="fixed">
              <th scope="row">{row.label}</th>
              <td>{row.units}</td>
              <td>{row.activation}</td>
              <td>{shape(row.outputShape)}</td>
              <td>{formatInt(row.params)}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      {problems.map((p) => (
        <p key={p.message} className="notice error" role="alert">
          {p.message}
        </p>
      ))}
      <div className="row space-between">
        <button
          type="button"
          onClick={addLayer}
          disabled={network.hidden.length >= HIDDEN_LAYERS_MAX}
        >
          + Add hidden layer
        </button>
        <p className="total" data-testid="total-params">
          Total parameters:{' '}
          <strong>{problems.length ? '—' : formatInt(summary.totalParams)}</strong>
        </p>
      </div>
      <p className="help">
        The output layer has one unit per class; softmax turns its outputs into class probabilities.{' '}
        {ACTIVATIONS.map((a) => (
          <span key={a.id}>
            <strong>{a.label}</strong>: {a.help}{' '}
          </span>
        ))}
      </p>
    </Panel>
  );
}

import { useMemo } from 'react';
import { formatBytes, formatInt } from '../../core/format';
import { datasetIO, summarize } from '../../core/model/network-spec';
import { presetsFor } from '../../core/model/presets';
import { redo, setBinaryHead, undo } from '../../store/actions/network';
import { applyPreset } from '../../store/actions/recipe';
import { useStore } from '../../store/store';
import { Panel } from '../common/Panel';
import { AddLayerBar } from './AddLayerBar';
import { LayerCard, shapeText } from './LayerCard';
import { NetworkDiagram } from './NetworkDiagram';
import { SetupNotice } from './SetupNotice';
import { useUndoShortcuts } from './use-undo-shortcuts';
import './network.css';

/**
 * The network editor: any sequential stack of the layer kinds in
 * core/model/layer-kinds, with live shapes, parameter counts and messages;
 * the input and output follow from the data.
 */
export function NetworkPanel() {
  const network = useStore((s) => s.network);
  const dataset = useStore((s) => s.dataset);
  const { inputShape, task } = dataset;
  const canUndo = useStore((s) => s.networkPast.length > 0);
  const canRedo = useStore((s) => s.networkFuture.length > 0);
  const summary = useMemo(() => summarize(network, datasetIO(dataset)), [network, dataset]);
  const stackRows = summary.rows.slice(0, summary.stackLength);
  const outputRows = summary.rows.slice(summary.stackLength);
  const binary = task.kind === 'classification' && task.classNames.length === 2;
  useUndoShortcuts();

  return (
    <Panel
      title="2 · Network"
      id="network"
      actions={
        <span className="buttons">
          <button
            type="button"
            onClick={undo}
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
            title="Undo (Ctrl+Z)"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z"
            title="Redo (Ctrl+Shift+Z)"
          >
            Redo
          </button>
        </span>
      }
    >
      <div className="presets" role="group" aria-label="Presets">
        <span>Start from:</span>
        {presetsFor(inputShape).map((p) => (
          <button key={p.id} type="button" title={p.help} onClick={() => applyPreset(p.id)}>
            {p.label}
          </button>
        ))}
      </div>
      <SetupNotice />
      <p className="io-row">
        Input <strong data-testid="input-shape">{shapeText(inputShape)}</strong>
      </p>
      {network.layers.length === 0 ? (
        <p className="empty">
          No hidden layers: the output layer alone is a linear model (logistic regression).
        </p>
      ) : (
        <ol className="layer-list" aria-label="Layers">
          {network.layers.map((layer, i) => (
            <LayerCard
              key={layer.id}
              layer={layer}
              row={stackRows[i]!}
              index={i}
              count={network.layers.length}
            />
          ))}
        </ol>
      )}
      <AddLayerBar rows={stackRows} />
      <div className="output-rows">
        {outputRows.map((r) => (
          <p
            key={r.id}
            className={r.error ? 'notice error' : 'io-row'}
            role={r.error ? 'alert' : undefined}
          >
            {r.label} <strong>{shapeText(r.outputShape)}</strong>{' '}
            {r.trainable > 0 && <span>{formatInt(r.trainable)} params</span>}
            {r.error && <span> — {r.error}</span>}
          </p>
        ))}
        {binary && (
          <fieldset className="inline-choice">
            <legend>Two classes:</legend>
            <label className="inline">
              <input
                type="radio"
                name="binary-head"
                checked={network.binaryHead === 'softmax'}
                onChange={() => setBinaryHead('softmax')}
              />{' '}
              2 softmax units
            </label>
            <label className="inline">
              <input
                type="radio"
                name="binary-head"
                checked={network.binaryHead === 'sigmoid'}
                onChange={() => setBinaryHead('sigmoid')}
              />{' '}
              1 sigmoid unit
            </label>
          </fieldset>
        )}
      </div>
      <dl className="totals" data-testid="param-totals">
        <div>
          <dt>Total parameters</dt>
          <dd data-testid="total-params">
            {summary.problems.length ? '—' : formatInt(summary.totalParams)}
          </dd>
        </div>
        <div>
          <dt>Trainable</dt>
          <dd>{summary.problems.length ? '—' : formatInt(summary.trainableParams)}</dd>
        </div>
        <div>
          <dt>Non-trainable</dt>
          <dd>{summary.problems.length ? '—' : formatInt(summary.nonTrainableParams)}</dd>
        </div>
        <div>
          <dt>Weights memory</dt>
          <dd>{summary.problems.length ? '—' : formatBytes(summary.weightBytes)}</dd>
        </div>
      </dl>
      <NetworkDiagram summary={summary} />
    </Panel>
  );
}

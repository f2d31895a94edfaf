import { formatBytes, formatInt } from '../../core/format';
import { datasetIO, summarize } from '../../core/model/network-spec';
import { presetHelp, presetLabel, presetsFor } from '../../core/model/presets';
import { useTranslation } from '../../i18n/react';
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
  const { t } = useTranslation('network');
  const network = useStore((s) => s.network);
  const dataset = useStore((s) => s.dataset);
  const { inputShape, task } = dataset;
  const canUndo = useStore((s) => s.networkPast.length > 0);
  const canRedo = useStore((s) => s.networkFuture.length > 0);
  // Made on every render, not memoised: it is cheap (at most 32 layers), and its labels and
  // messages are worded in the language of the moment, which a switch changes.
  const summary = summarize(network, datasetIO(dataset));
  const stackRows = summary.rows.slice(0, summary.stackLength);
  const outputRows = summary.rows.slice(summary.stackLength);
  const binary = task.kind === 'classification' && task.classNames.length === 2;
  useUndoShortcuts();

  return (
    <Panel
      title={t('panel.title')}
      id="network"
      actions={
        <span className="buttons">
          <button
            type="button"
            onClick={undo}
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
            title={t('panel.undoTitle')}
          >
            {t('panel.undo')}
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z"
            title={t('panel.redoTitle')}
          >
            {t('panel.redo')}
          </button>
        </span>
      }
    >
      <div className="presets" role="group" aria-label={t('panel.presets')}>
        <span>{t('panel.startFrom')}</span>
        {presetsFor(inputShape).map((p) => (
          <button
            key={p.id}
            type="button"
            title={presetHelp(p.id)}
            onClick={() => applyPreset(p.id)}
          >
            {presetLabel(p.id)}
          </button>
        ))}
      </div>
      <SetupNotice />
      <p className="io-row">
        {t('panel.input')} <strong data-testid="input-shape">{shapeText(inputShape)}</strong>
      </p>
      {network.layers.length === 0 ? (
        <p className="empty">{t('panel.empty')}</p>
      ) : (
        <ol className="layer-list" aria-label={t('panel.layers')}>
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
            {r.trainable > 0 && <span>{t('panel.params', { n: formatInt(r.trainable) })}</span>}
            {r.error && <span> — {r.error}</span>}
          </p>
        ))}
        {binary && (
          <fieldset className="inline-choice">
            <legend>{t('panel.twoClasses')}</legend>
            <label className="inline">
              <input
                type="radio"
                name="binary-head"
                checked={network.binaryHead === 'softmax'}
                onChange={() => setBinaryHead('softmax')}
              />{' '}
              {t('panel.softmaxUnits')}
            </label>
            <label className="inline">
              <input
                type="radio"
                name="binary-head"
                checked={network.binaryHead === 'sigmoid'}
                onChange={() => setBinaryHead('sigmoid')}
              />{' '}
              {t('panel.sigmoidUnit')}
            </label>
          </fieldset>
        )}
      </div>
      <dl className="totals" data-testid="param-totals">
        <div>
          <dt>{t('panel.totalParams')}</dt>
          <dd data-testid="total-params">
            {summary.problems.length ? '—' : formatInt(summary.totalParams)}
          </dd>
        </div>
        <div>
          <dt>{t('panel.trainable')}</dt>
          <dd>{summary.problems.length ? '—' : formatInt(summary.trainableParams)}</dd>
        </div>
        <div>
          <dt>{t('panel.nonTrainable')}</dt>
          <dd>{summary.problems.length ? '—' : formatInt(summary.nonTrainableParams)}</dd>
        </div>
        <div>
          <dt>{t('panel.weightsMemory')}</dt>
          <dd>{summary.problems.length ? '—' : formatBytes(summary.weightBytes)}</dd>
        </div>
      </dl>
      <NetworkDiagram summary={summary} />
    </Panel>
  );
}

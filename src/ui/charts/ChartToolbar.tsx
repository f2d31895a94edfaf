import { useId } from 'react';
import { X_AXIS_OPTIONS, xAxisOptionLabel } from '../../core/charts/chart-format';
import { MAX_SMOOTHING } from '../../core/charts/smoothing';
import type { ChartView, Granularity } from '../../core/charts/series';
import { useTranslation } from '../../i18n/react';
import { ChoiceField } from '../common/ChoiceField';

/**
 * The reader's chart choices, TensorBoard-style: points per batch or per
 * epoch, the x-axis unit, a log y-axis and the smoothing weight. `shown` is
 * what can be drawn from the records (no per-batch records: per epoch).
 */
export function ChartToolbar({
  view,
  shown,
  hasBatches,
  onChange,
}: {
  view: ChartView;
  shown: ChartView;
  hasBatches: boolean;
  onChange: (view: ChartView) => void;
}) {
  const { t } = useTranslation('charts');
  const id = useId();
  const set = (patch: Partial<ChartView>) => onChange({ ...view, ...patch });
  const granularity = (g: Granularity, label: string) => (
    <label className="inline">
      <input
        type="radio"
        name={`${id}-granularity`}
        value={g}
        checked={shown.granularity === g}
        disabled={g === 'batch' && !hasBatches}
        onChange={() => set({ granularity: g })}
      />{' '}
      {label}
    </label>
  );
  const smoothingOff = shown.granularity !== 'batch';
  return (
    <div className="chart-toolbar" role="group" aria-label={t('toolbar.label')}>
      <fieldset className="segmented">
        <legend>{t('toolbar.points')}</legend>
        {granularity('batch', t('toolbar.perBatch'))}
        {granularity('epoch', t('toolbar.perEpoch'))}
      </fieldset>
      <ChoiceField
        id={`${id}-x`}
        label={t('toolbar.xAxis')}
        className="chart-option"
        value={shown.xAxis}
        options={X_AXIS_OPTIONS.map((o) => ({
          ...o,
          label: xAxisOptionLabel(o.id),
          disabled: o.id === 'step' && !hasBatches,
        }))}
        onChange={(xAxis) => set({ xAxis })}
      />
      <label className="inline chart-option">
        <input
          type="checkbox"
          checked={view.yScale === 'log'}
          onChange={(e) => set({ yScale: e.target.checked ? 'log' : 'linear' })}
        />{' '}
        {t('toolbar.logY')}
      </label>
      <div className="chart-option smoothing">
        <label htmlFor={`${id}-smoothing`}>{t('toolbar.smoothing')}</label>
        <input
          id={`${id}-smoothing`}
          type="range"
          min={0}
          max={MAX_SMOOTHING}
          step={0.01}
          value={view.smoothing}
          disabled={smoothingOff}
          title={smoothingOff ? t('toolbar.smoothingOff') : undefined}
          onChange={(e) => set({ smoothing: Number(e.target.value) })}
        />
        <output htmlFor={`${id}-smoothing`} data-testid="smoothing-value">
          {view.smoothing.toFixed(2)}
        </output>
      </div>
    </div>
  );
}

import { useId } from 'react';
import type { ComparisonView } from '../../core/experiments/comparison';
import { X_AXIS_OPTIONS } from '../../core/charts/chart-format';
import type { TaskKind } from '../../core/charts/series';
import { MAX_SMOOTHING } from '../../core/charts/smoothing';
import { ChoiceField } from '../common/ChoiceField';
import { useTranslation } from '../../i18n/react';

/**
 * What the comparison draws: the quantity, training and/or validation, the
 * x-axis, log y, smoothing. Named apart from the training charts' own
 * controls ("X axis", "Log y-axis", "Smoothing"), which share the page.
 */
export function ComparisonToolbar({
  view,
  task,
  onChange,
}: {
  view: ComparisonView;
  task: TaskKind;
  onChange: (view: ComparisonView) => void;
}) {
  const { t } = useTranslation('runs');
  const id = useId();
  const set = (patch: Partial<ComparisonView>) => onChange({ ...view, ...patch });
  const smoothingOff = view.xAxis === 'epoch';
  return (
    <div className="chart-toolbar" role="group" aria-label={t('comparison.optionsAria')}>
      <ChoiceField
        id={`${id}-q`}
        label={t('comparison.compare')}
        className="chart-option"
        value={view.quantity}
        options={[
          { id: 'loss', label: t('comparison.quantity.loss') },
          {
            id: 'metric',
            label:
              task === 'classification'
                ? t('comparison.quantity.accuracy')
                : t('comparison.quantity.mae'),
          },
        ]}
        onChange={(quantity) => set({ quantity })}
      />
      <label className="inline chart-option">
        <input
          type="checkbox"
          checked={view.showTrain}
          onChange={(e) => set({ showTrain: e.target.checked })}
        />{' '}
        {t('comparison.training')}
      </label>
      <label className="inline chart-option">
        <input
          type="checkbox"
          checked={view.showVal}
          onChange={(e) => set({ showVal: e.target.checked })}
        />{' '}
        {t('comparison.validation')}
      </label>
      <ChoiceField
        id={`${id}-x`}
        label={t('comparison.xAxis')}
        className="chart-option"
        value={view.xAxis}
        options={X_AXIS_OPTIONS.map((o) => ({ ...o, label: t(`comparison.xOption.${o.id}`) }))}
        onChange={(xAxis) => set({ xAxis })}
      />
      <label className="inline chart-option">
        <input
          type="checkbox"
          checked={view.yScale === 'log'}
          onChange={(e) => set({ yScale: e.target.checked ? 'log' : 'linear' })}
        />{' '}
        {t('comparison.log')}
      </label>
      <div className="chart-option smoothing">
        <label htmlFor={`${id}-smoothing`}>{t('comparison.smooth')}</label>
        <input
          id={`${id}-smoothing`}
          type="range"
          min={0}
          max={MAX_SMOOTHING}
          step={0.01}
          value={view.smoothing}
          disabled={smoothingOff}
          title={smoothingOff ? t('comparison.smoothOff') : undefined}
          onChange={(e) => set({ smoothing: Number(e.target.value) })}
        />
        <output htmlFor={`${id}-smoothing`}>{view.smoothing.toFixed(2)}</output>
      </div>
    </div>
  );
}

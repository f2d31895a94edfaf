import { useState } from 'react';
import { formatMetric, formatPercent } from '../../core/format';
import { evaluateCurrent, predictTyped } from '../../store/actions/model-files';
import { useStore } from '../../store/store';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useTranslation } from '../../i18n/react';

type Outcome = { ok: true; values: number[] } | { ok: false; error: string } | null;

/**
 * Use the current model as it is: evaluate it on the current data, and (for
 * inputs that are not points of the plane) predict from typed-in values.
 */
export function UseModel() {
  const { t } = useTranslation('models');
  const model = useStore((s) => s.model);
  // Only while the model and the data it was evaluated on are still the current ones.
  const evaluation = useStore((s) =>
    s.evaluation?.model === s.model && s.evaluation?.dataset === s.datasetSpec
      ? s.evaluation.result
      : null,
  );
  const busy = useStore((s) => s.modelsBusy);
  const running = useStore(selectIsRunning);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const dims = model?.loaded?.inputDims ?? null;
  if (!model) return null;
  const typed = dims !== null && !(dims.length === 1 && dims[0] === 2);
  const fixed = dims?.every((d): d is number => d !== null) ? dims : null;

  return (
    <section className="use-model" aria-label={t('use.aria')}>
      <button type="button" disabled={busy || running} onClick={() => void evaluateCurrent()}>
        {t('use.evaluate')}
      </button>
      <p className="help">{t('use.help')}</p>
      {evaluation && (
        <table className="evaluation" aria-label={t('use.tableAria')}>
          <thead>
            <tr>
              <th scope="col">{t('use.colSplit')}</th>
              <th scope="col">{t('use.colSamples')}</th>
              <th scope="col">{t('use.colLoss')}</th>
              <th scope="col">
                {evaluation.metricName === 'accuracy' ? t('use.colAccuracy') : t('use.colMae')}
              </th>
            </tr>
          </thead>
          <tbody>
            {evaluation.splits.map((s) => (
              <tr key={s.split}>
                <th scope="row">{t(`use.split.${s.split}`)}</th>
                <td>{s.n}</td>
                <td data-testid={`eval-loss-${s.split}`}>{formatMetric(s.loss)}</td>
                <td data-testid={`eval-metric-${s.split}`}>
                  {evaluation.metricName === 'accuracy'
                    ? formatPercent(s.metric)
                    : formatMetric(s.metric)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {evaluation?.note && <p className="help">{evaluation.note}</p>}
      {typed && fixed && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void predictTyped(text, fixed).then(setOutcome);
          }}
        >
          <label htmlFor="typed-input">
            {t('use.inputLabel', {
              n: fixed.reduce((a, b) => a * b, 1),
              shape: fixed.join(', '),
            })}
          </label>
          <textarea
            id="typed-input"
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" disabled={busy || running}>
            {t('use.predict')}
          </button>
          {outcome?.ok === false && (
            <p className="notice error" role="alert">
              {outcome.error}
            </p>
          )}
          {outcome?.ok && (
            <output className="typed-output" data-testid="typed-output">
              {outcome.values.map((v) => v.toFixed(6)).join(', ')}
            </output>
          )}
        </form>
      )}
    </section>
  );
}

/**
 * A prediction shown the same way everywhere in the Predict panel: class
 * probabilities as labelled bars with the top class highlighted, or the
 * predicted value of each regression target.
 */
import type { Task } from '../../core/data/dataset';
import { formatValue } from '../../core/data/predict-form';
import { Trans, useTranslation } from '../../i18n/react';
import { CLASS_COLORS } from '../charts/chart-theme';
import { shownClassName } from '../../core/data/class-names';

interface Props {
  task: Task;
  /** Class probabilities, or one value per regression target. */
  values: number[];
  /** Accessible name of the list. */
  label: string;
  testId: string;
  /** Test id of each value's <output>. */
  itemTestId?: (i: number) => string;
  /** How a probability is written (default: a percentage). */
  format?: (p: number) => string;
}

const percent = (p: number) => `${(p * 100).toFixed(1)}%`;

export function PredictionOutput({ task, values, label, testId, itemTestId, format }: Props) {
  const { t } = useTranslation('predict');
  const id = itemTestId ?? ((i: number) => `${testId}-${i}`);
  if (task.kind === 'regression') {
    return (
      <ul className="predicted-values" aria-label={label} data-testid={testId}>
        {values.map((v, i) => (
          <li key={i}>
            <Trans
              t={t}
              i18nKey="output.predicted"
              values={{
                name: task.targetNames[i] ?? t('output.outputFallback', { n: i + 1 }),
                value: format ? format(v) : formatValue(v),
              }}
              components={{ name: <span translate="no" />, value: <output data-testid={id(i)} /> }}
            />
          </li>
        ))}
      </ul>
    );
  }
  const best = values.reduce((b, p, c) => (p > (values[b] ?? -Infinity) ? c : b), 0);
  return (
    <ul className="probabilities" aria-label={label} data-testid={testId}>
      {values.map((p, c) => {
        const name = shownClassName(task.classNames[c] ?? t('output.classFallback', { n: c }));
        return (
          <li key={c} className={c === best ? 'top' : undefined}>
            <i style={{ background: CLASS_COLORS[c % CLASS_COLORS.length] }} />
            <span className="class-name" translate="no">
              {name}
            </span>
            <output data-testid={id(c)}>{(format ?? percent)(p)}</output>
            <meter min={0} max={1} value={p} aria-label={t('output.probability', { name })} />
          </li>
        );
      })}
    </ul>
  );
}

/** "setosa (97.1%)" or "23.4": the headline of a prediction. */
export function topOf(task: Task, values: number[]): string {
  if (task.kind === 'regression') return values.map(formatValue).join(', ');
  const best = values.reduce((b, p, c) => (p > (values[b] ?? -Infinity) ? c : b), 0);
  return `${task.classNames[best] ?? best} (${percent(values[best] ?? 0)})`;
}

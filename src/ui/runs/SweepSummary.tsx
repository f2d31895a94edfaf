import { formatMetric, formatPercent } from '../../core/format';
import { useStore } from '../../store/store';
import { StarIcon } from '../common/icons';

/** The last sweep's result per combination: mean ± spread of the best validation metric, the best marked. */
export function SweepSummary() {
  const result = useStore((s) => s.sweepResult);
  if (!result || result.summary.length === 0) return null;
  const pct = result.metricName === 'Val accuracy';
  const fmt = (v: number) => (pct ? formatPercent(v) : formatMetric(v));
  const seeds = result.summary.some((c) => c.count > 1);
  return (
    <table className="runs-table sweep-summary">
      <caption>
        Sweep result: best {result.metricName.toLowerCase()} per combination
        {seeds && ' (mean ± standard deviation over seeds)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Combination</th>
          <th scope="col">Runs</th>
          <th scope="col">{result.metricName}</th>
        </tr>
      </thead>
      <tbody>
        {result.summary.map((c) => (
          <tr key={c.label} className={c.best ? 'best-run' : undefined}>
            <th scope="row">
              {c.label}
              {c.best && (
                <span className="best-mark">
                  <StarIcon size={12} /> best
                </span>
              )}
            </th>
            <td className="num">{c.count}</td>
            <td className="num">
              {c.mean === null ? '—' : fmt(c.mean)}
              {c.count > 1 && c.spread !== null && ` ± ${fmt(c.spread)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

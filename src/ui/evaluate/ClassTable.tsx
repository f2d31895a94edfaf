import { formatInt } from '../../core/format';
import type { AverageScores, ClassificationMetrics } from '../../core/metrics';

/** 0.912 → "0.912"; undefined (a class never predicted, say) → "—". */
const score = (v: number | null): string => (v === null ? '—' : v.toFixed(3));

function AverageRow({ label, scores, n }: { label: string; scores: AverageScores; n: number }) {
  return (
    <tr className="average">
      <th scope="row">{label}</th>
      <td>{score(scores.precision)}</td>
      <td>{score(scores.recall)}</td>
      <td>{score(scores.f1)}</td>
      <td>{formatInt(n)}</td>
    </tr>
  );
}

/** Precision, recall, F1 and support per class, with macro and weighted averages. */
export function ClassTable({
  metrics,
  classNames,
}: {
  metrics: ClassificationMetrics;
  classNames: string[];
}) {
  return (
    <div className="table-scroll">
      <table className="class-scores" aria-label="Per-class scores">
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">Precision</th>
            <th scope="col">Recall</th>
            <th scope="col">F1</th>
            <th scope="col">Support</th>
          </tr>
        </thead>
        <tbody>
          {metrics.perClass.map((c, i) => (
            <tr key={i}>
              <th scope="row">{classNames[i] ?? i}</th>
              <td>{score(c.precision)}</td>
              <td>{score(c.recall)}</td>
              <td>{score(c.f1)}</td>
              <td>{formatInt(c.support)}</td>
            </tr>
          ))}
          <AverageRow label="Macro average" scores={metrics.macro} n={metrics.n} />
          <AverageRow label="Weighted average" scores={metrics.weighted} n={metrics.n} />
        </tbody>
      </table>
      <p className="help">
        Precision: of the samples predicted as a class, the share that are. Recall: of a
        class&apos;s samples, the share found. “—”: undefined (never predicted, or no samples); the
        averages count it as 0, as scikit-learn does. Macro: every class alike; weighted: by
        support.
      </p>
    </div>
  );
}

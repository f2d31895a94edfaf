import { classCounts, type Dataset } from '../../core/data/dataset';

/** Classes listed per split before the rest is summed up. */
const MAX_ROWS = 12;

/** Samples in each split, and per class for classification. */
export function SplitSummary({ dataset, testPercent }: { dataset: Dataset; testPercent: number }) {
  const parts = [
    ['Train', dataset.train],
    ['Validation', dataset.validation],
    ['Test', dataset.test],
  ] as const;
  const task = dataset.task;
  const counts =
    task.kind === 'classification'
      ? parts.map(([, p]) => classCounts(p, task.classNames.length))
      : null;
  return (
    <>
      <p className="split-counts" data-testid="split-counts">
        {parts.map(([label, part]) => (
          <span key={label}>
            {label}: <strong>{part.n.toLocaleString('en-US')}</strong>
          </span>
        ))}
        <span>Test {testPercent}% held out</span>
      </p>
      {task.kind === 'classification' && counts && (
        <table className="class-counts" aria-label="Samples per class and split">
          <thead>
            <tr>
              <th scope="col">Class</th>
              {parts.map(([label]) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {task.classNames.slice(0, MAX_ROWS).map((name, c) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {counts.map((cc, i) => (
                  <td key={i}>{cc[c]}</td>
                ))}
              </tr>
            ))}
            {task.classNames.length > MAX_ROWS && (
              <tr>
                <th scope="row">{task.classNames.length - MAX_ROWS} more</th>
                {counts.map((cc, i) => (
                  <td key={i}>{cc.slice(MAX_ROWS).reduce((a, b) => a + b, 0)}</td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      )}
    </>
  );
}

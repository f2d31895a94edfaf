import type { NetworkSummary } from '../../core/model/network-spec';
import { useTranslation } from '../../i18n/react';

const MAX_NEURONS = 12;

/** TF Playground-style neurons for a small dense network on flat input. */
function NeuronView({ columns }: { columns: { label: string; units: number }[] }) {
  const { t } = useTranslation('network');
  const width = 64 * columns.length;
  const height = 18 * Math.max(...columns.map((c) => c.units)) + 24;
  const y = (i: number, n: number) => height / 2 - ((n - 1) * 18) / 2 + i * 18 - 8;
  const x = (c: number) => 32 + c * 64;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="diagram"
      role="img"
      aria-label={t('diagram.label', {
        layers: columns.map((c) => `${c.units} ${c.label}`).join(t('diagram.separator')),
      })}
    >
      {columns
        .slice(1)
        .map((col, c) =>
          Array.from({ length: col.units }, (_, j) =>
            Array.from({ length: columns[c]?.units ?? 0 }, (_, i) => (
              <line
                key={`${c}-${i}-${j}`}
                x1={x(c)}
                y1={y(i, columns[c]?.units ?? 0)}
                x2={x(c + 1)}
                y2={y(j, col.units)}
                className="edge"
              />
            )),
          ),
        )}
      {columns.map((col, c) => (
        <g key={c}>
          {Array.from({ length: col.units }, (_, i) => (
            <circle
              key={i}
              cx={x(c)}
              cy={y(i, col.units)}
              r={6}
              className={c === 0 ? 'node input' : c === columns.length - 1 ? 'node output' : 'node'}
            />
          ))}
          <text x={x(c)} y={height - 4} textAnchor="middle" className="diagram-label">
            {col.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Blocks sized by how many values each layer outputs. */
function BlockView({ summary }: { summary: NetworkSummary }) {
  const { t } = useTranslation('network');
  const blocks = [
    { label: t('diagram.inputBlock'), shape: summary.inputShape as number[] | null, error: false },
    ...summary.rows.map((r) => ({ label: r.label, shape: r.outputShape, error: r.error !== null })),
  ];
  const sizes = blocks.map((b) => (b.shape ? b.shape.reduce((a, d) => a * d, 1) : 1));
  const maxLog = Math.log10(Math.max(10, ...sizes));
  const width = blocks.length * 70;
  const height = 150;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="diagram"
      role="img"
      aria-label={t('diagram.label', { layers: blocks.map((b) => b.label).join(' → ') })}
    >
      {blocks.map((b, i) => {
        const h = 12 + (80 * Math.log10(Math.max(1, sizes[i] ?? 1))) / maxLog;
        const cx = 35 + i * 70;
        return (
          <g key={i}>
            {i > 0 && <line x1={cx - 58} y1={55} x2={cx - 22} y2={55} className="edge arrow" />}
            <rect
              x={cx - 22}
              y={55 - h / 2}
              width={44}
              height={h}
              rx={4}
              className={b.error ? 'block invalid' : 'block'}
            />
            <text x={cx} y={118} textAnchor="middle" className="diagram-label">
              {b.label.replace(/ \d+$/, '')}
            </text>
            <text x={cx} y={132} textAnchor="middle" className="diagram-shape">
              {b.shape ? b.shape.join('×') : '?'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A picture of the network that follows every edit. */
export function NetworkDiagram({ summary }: { summary: NetworkSummary }) {
  const { t } = useTranslation('network');
  const dense = summary.rows.filter((r) => r.kind === 'dense');
  const small =
    summary.inputShape.length === 1 &&
    (summary.inputShape[0] ?? 0) <= MAX_NEURONS &&
    summary.problems.length === 0 &&
    summary.rows.every(
      (r) => r.kind === 'dense' || r.kind === 'activation' || r.kind === 'dropout',
    ) &&
    dense.every((r) => (r.outputShape?.[0] ?? 0) <= MAX_NEURONS);
  if (small) {
    const columns = [
      { label: t('diagram.input'), units: summary.inputShape[0] ?? 0 },
      ...dense.map((r) => ({
        label: r.id === 'output' ? t('diagram.output') : `${r.outputShape?.[0]}`,
        units: r.outputShape?.[0] ?? 0,
      })),
    ];
    return <NeuronView columns={columns} />;
  }
  return <BlockView summary={summary} />;
}

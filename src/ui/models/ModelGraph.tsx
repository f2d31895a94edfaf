import { useId } from 'react';
import { formatInt } from '../../core/format';
import { layoutGraph } from '../../core/model/graph-layout';
import { Trans, useTranslation } from '../../i18n/react';
import type { LoadedModel } from '../../worker/protocol';

const BOX_W = 150;
const BOX_H = 50;
const GAP_X = 30;
const GAP_Y = 34;
/** Space on the right for skip connections, which bow out beside the rows. */
const BOW = 50;
/** Beyond this many layers the drawing is unreadable; the list says it all. */
const MAX_DRAWN = 60;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

type Layer = LoadedModel['layers'][number];

/**
 * A read-only drawing of a functional model's layer graph, in rows by depth
 * from the inputs down, and the same graph as a list for keyboard and
 * screen-reader users. Names are rendered as text by React, never as markup.
 */
export function ModelGraph({ layers }: { layers: Layer[] }) {
  const { t } = useTranslation('models');
  // React's ids hold characters that url(#…) would need escaped.
  const arrow = `arrow-${useId().replace(/[^\w-]/g, '')}`;
  const layout = layoutGraph(layers);
  const perRow = new Map<number, number>();
  layout.nodes.forEach((n) => perRow.set(n.depth, (perRow.get(n.depth) ?? 0) + 1));
  const fullW = layout.width * (BOX_W + GAP_X) - GAP_X;
  const at = new Map(
    layout.nodes.map((n) => {
      const rowW = (perRow.get(n.depth) ?? 1) * (BOX_W + GAP_X) - GAP_X;
      return [
        n.name,
        { x: (fullW - rowW) / 2 + n.slot * (BOX_W + GAP_X), y: n.depth * (BOX_H + GAP_Y) },
      ];
    }),
  );
  const byName = new Map(layers.map((l) => [l.name, l]));
  const width = fullW + BOW + 4;
  const height = layout.depths * (BOX_H + GAP_Y) - GAP_Y + 4;
  const drawn = layers.length <= MAX_DRAWN;
  return (
    <figure className="model-graph">
      <figcaption>{t('graph.caption')}</figcaption>
      {drawn ? (
        // The boxes show the model's own layer names: kept as they are (SVG has no translate attribute).
        <div translate="no">
          <svg
            role="img"
            aria-label={t('graph.aria', { layers: layers.length, edges: layout.edges.length })}
            viewBox={`-2 -2 ${width} ${height}`}
            width={width}
            height={height}
          >
            <defs>
              <marker
                id={arrow}
                viewBox="0 0 8 8"
                refX={8}
                refY={4}
                markerWidth={7}
                markerHeight={7}
                orient="auto"
              >
                <path d="M0 0 L8 4 L0 8 z" className="graph-arrow" />
              </marker>
            </defs>
            {layout.edges.map((e) => {
              const a = at.get(e.from);
              const b = at.get(e.to);
              if (!a || !b) return null;
              const x1 = a.x + BOX_W / 2;
              const y1 = a.y + BOX_H;
              const x2 = b.x + BOX_W / 2;
              const y2 = b.y;
              const skip = b.y - a.y > BOX_H + GAP_Y;
              const d = skip
                ? `M${a.x + BOX_W} ${a.y + BOX_H / 2} C${fullW + BOW} ${a.y + BOX_H / 2}, ${fullW + BOW} ${b.y + BOX_H / 2}, ${b.x + BOX_W} ${b.y + BOX_H / 2}`
                : `M${x1} ${y1} C${x1} ${y1 + GAP_Y / 2}, ${x2} ${y2 - GAP_Y / 2}, ${x2} ${y2}`;
              return (
                <path
                  key={`${e.from}>${e.to}`}
                  d={d}
                  className="graph-edge"
                  markerEnd={`url(#${arrow})`}
                />
              );
            })}
            {layout.nodes.map((n) => {
              const p = at.get(n.name);
              const l = byName.get(n.name);
              if (!p || !l) return null;
              return (
                <g key={n.name} transform={`translate(${p.x} ${p.y})`} className="graph-node">
                  <title>{`${l.name} (${l.className})`}</title>
                  <rect width={BOX_W} height={BOX_H} rx={5} />
                  <text x={8} y={16} className="graph-name">
                    {clip(l.name, 20)}
                  </text>
                  <text x={8} y={30}>
                    {clip(`${l.className} · ${l.outputShape}`, 24)}
                  </text>
                  <text x={8} y={44}>
                    {t('graph.params', { params: formatInt(l.params) })}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      ) : (
        <p className="help">{t('graph.tooMany', { layers: formatInt(layers.length) })}</p>
      )}
      <ol className="graph-list" aria-label={t('graph.listAria')}>
        {layers.map((l) => (
          <li key={l.name}>
            <Trans
              t={t}
              i18nKey={l.inbound.length > 0 ? 'graph.item' : 'graph.itemInput'}
              values={{ shape: l.outputShape, params: formatInt(l.params) }}
              components={{
                name: <span translate="no">{l.name}</span>,
                cls: <span translate="no">{l.className}</span>,
                from: <span translate="no">{l.inbound.join(', ')}</span>,
              }}
            />
          </li>
        ))}
      </ol>
    </figure>
  );
}

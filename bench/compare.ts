/**
 * `npm run bench -- --compare old.json`: per case and figure, old → new and
 * the change, for every numeric figure either file has. Pure.
 */
import { formatFigure, formatNumber } from './format';
import { HEADLINES, figuresOf, type BenchResults, type Figure, type Headline } from './results';

export interface FigureDiff {
  field: string;
  old: Figure | undefined;
  new: Figure | undefined;
  /** new − old, when both are numbers. */
  change: number | null;
  /** The change as a fraction of old (0.1 = +10%), when old is a non-zero number. */
  relative: number | null;
  /** For headline figures: whether the change is for the better, worse, or neither. */
  verdict: 'better' | 'worse' | 'same' | null;
}

export interface CaseDiff {
  name: string;
  backend: string;
  /** 'both', or the one file that has the case. */
  in: 'both' | 'old' | 'new';
  figures: FigureDiff[];
}

const num = (v: Figure | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

function verdictOf(field: string, change: number | null): FigureDiff['verdict'] {
  if (!(field in HEADLINES) || change === null) return null;
  if (change === 0) return 'same';
  const higher = HEADLINES[field as Headline].better === 'higher';
  return change > 0 === higher ? 'better' : 'worse';
}

/** Every case of either file, matched by name, with each numeric figure's change. */
export function diffResults(old: BenchResults, next: BenchResults): CaseDiff[] {
  const olds = new Map(old.cases.map((c) => [c.name, c]));
  const news = new Map(next.cases.map((c) => [c.name, c]));
  const names = [...news.keys(), ...[...olds.keys()].filter((n) => !news.has(n))];
  return names.map((name) => {
    const a = olds.get(name);
    const b = news.get(name);
    const fa = new Map(a ? figuresOf(a) : []);
    const fb = new Map(b ? figuresOf(b) : []);
    const fields = [...fb.keys(), ...[...fa.keys()].filter((f) => !fb.has(f))].filter(
      (f) => num(fa.get(f)) !== null || num(fb.get(f)) !== null || f in HEADLINES,
    );
    const figures = fields.map((field): FigureDiff => {
      const x = num(fa.get(field));
      const y = num(fb.get(field));
      const change = x !== null && y !== null ? y - x : null;
      return {
        field,
        old: fa.get(field),
        new: fb.get(field),
        change,
        relative: change !== null && x !== null && x !== 0 ? change / Math.abs(x) : null,
        verdict: verdictOf(field, change),
      };
    });
    const backends = [a?.backend, b?.backend].filter((x): x is string => x !== undefined);
    return {
      name,
      // The backend can change between runs (the app's Auto choice): show both then.
      backend: [...new Set(backends)].join(' → '),
      in: a && b ? 'both' : a ? 'old' : 'new',
      figures,
    };
  });
}

function changeText(d: FigureDiff): string {
  if (d.change === null) return '';
  const sign = d.change > 0 ? '+' : d.change < 0 ? '−' : '±';
  const abs = formatFigure(d.field, Math.abs(d.change));
  const rel =
    d.relative === null ? '' : ` (${sign}${formatNumber(Math.abs(d.relative) * 100, 1)}%)`;
  const mark = d.verdict === 'better' ? '  better' : d.verdict === 'worse' ? '  worse' : '';
  return `${sign}${abs}${rel}${mark}`;
}

/** The comparison as text lines, one block per case. */
export function formatCompare(
  diffs: readonly CaseDiff[],
  oldName: string,
  newName: string,
): string {
  const lines = [`${oldName} → ${newName}`];
  for (const c of diffs) {
    const where = c.in === 'both' ? '' : c.in === 'old' ? '  (only in old)' : '  (new case)';
    lines.push('', `${c.name} [${c.backend}]${where}`);
    const width = Math.max(0, ...c.figures.map((f) => f.field.length));
    for (const f of c.figures) {
      lines.push(
        `  ${f.field.padEnd(width)}  ${formatFigure(f.field, f.old).padStart(12)} → ${formatFigure(f.field, f.new).padEnd(12)} ${changeText(f)}`.trimEnd(),
      );
    }
  }
  return lines.join('\n');
}

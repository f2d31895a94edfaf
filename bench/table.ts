/**
 * `npm run bench -- --table`: bench/results.json as a Markdown table for the
 * README, padded the way Prettier pads tables so that pasting it keeps
 * `prettier --check` clean. Pure.
 */
import { formatFigure, labelOf } from './format';
import { HEADLINE_NAMES, figuresOf, type BenchCase, type BenchResults } from './results';

/** Unit suffixes of raw figure names, first match wins: `parseMs`, `fitSamplesPerS`, `trainS`. */
const UNITS: [RegExp, string, string][] = [
  [/PerS$/, '/s', ''],
  [/Ms$/, '', 'ms'],
  [/Bytes$/, '', 'B'],
  [/([a-z0-9])S$/, '$1', 's'],
];

/** A raw figure as words: `fitSamplesPerS: 1215` → `fit samples/s 1,215`, `parseMs` → `parse 4,012 ms`. */
export function rawFigureText(name: string, value: number | string | boolean | null): string {
  const [pattern, replacement, unit] = UNITS.find(([re]) => re.test(name)) ?? [/$/, '', ''];
  const words = name
    .replace(pattern, replacement)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const shown = formatFigure(name, value);
  return `${words} ${shown}${unit && shown !== '—' ? ` ${unit}` : ''}`;
}

/** The headline figures of a case, bold, in the standard order. */
export function headlineText(c: BenchCase): string {
  return HEADLINE_NAMES.filter((h) => c[h] !== undefined)
    .map((h) => `${labelOf(h)} **${formatFigure(h, c[h])}**`)
    .join(', ');
}

/** The raw figures of a case (those that are not headlines), as words. */
export function rawText(c: BenchCase): string {
  return figuresOf(c)
    .filter(([k]) => !(HEADLINE_NAMES as string[]).includes(k))
    .map(([k, v]) => rawFigureText(k, v))
    .join(', ');
}

/** Escape what would end a Markdown table cell. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Rows padded to their columns' widths, with a `| --- |` rule after the header. */
export function alignTable(header: readonly string[], rows: readonly string[][]): string {
  const all = [header, ...rows].map((r) => r.map(cell));
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(all[0] ?? []), rule, ...all.slice(1).map(line)].join('\n');
}

/**
 * The README table: one row per case, headline figures first, then the raw
 * ones. Notes (how each was measured) stay in results.json and the printout.
 */
export function markdownTable(results: BenchResults): string {
  const rows = results.cases.map((c) => [
    c.backend && c.backend !== 'none' ? `${c.name} (${c.backend})` : c.name,
    headlineText(c) || '—',
    rawText(c) || '—',
  ]);
  return alignTable(['case (backend)', 'headline', 'raw figures'], rows);
}

/** The lines above the table: when, where and how it was measured. */
export function tableCaption(r: BenchResults): string {
  const m = r.machine;
  return (
    `Measured ${r.date.slice(0, 10)} on ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ` +
    `${m.os} ${m.arch}, Node ${m.node}; Chromium ${r.browser.chromium}, WebGL renderer ` +
    `${r.browser.webglRenderer ?? 'none'}; ${r.build} build.`
  );
}

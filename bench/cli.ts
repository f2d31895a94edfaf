/**
 * The command line of `npm run bench`, parsed into what to do. Pure.
 *
 *   npm run bench                              every group; writes bench/results.json
 *   npm run bench -- journeys startup          those groups; merged into results.json
 *   npm run bench -- app '?rounds=5'           one page with options; prints only
 *   npm run bench -- --compare old.json        run, write, then compare with old.json
 *   npm run bench -- --compare old.json --no-run   compare results.json with old.json
 *   npm run bench -- --table                   results.json as the README's table
 *   --out FILE                                 read / write FILE instead of results.json
 */
import { GROUPS, type Group } from './results';

/** The bench pages, each run by a group; `npm run bench -- app` runs one by its prefix. */
export const PAGES = [
  'index.html',
  'app.html',
  'backends.html',
  'grid.html',
  'charts.html',
] as const;
export type PageName = (typeof PAGES)[number];

export interface BenchCommand {
  /** Run groups, run one page, or run nothing (compare / table only). */
  run: { kind: 'groups'; groups: Group[] } | { kind: 'page'; page: PageName; query: string } | null;
  compare: string | null;
  table: boolean;
  out: string;
}

export const DEFAULT_OUT = 'bench/results.json';

export function parseCommand(argv: readonly string[]): BenchCommand {
  let compare: string | null = null;
  let table = false;
  let noRun = false;
  let out = DEFAULT_OUT;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--compare' || a === '--out') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new Error(`${a} needs a file name.`);
      if (a === '--compare') compare = value;
      else out = value;
    } else if (a === '--table') table = true;
    else if (a === '--no-run') noRun = true;
    else if (a.startsWith('--')) throw new Error(`Unknown option ${a}.`);
    else words.push(a);
  }
  if (noRun && !compare && !table) throw new Error('--no-run needs --compare FILE or --table.');
  // `--table` alone reads the last results; it does not start a run.
  if (noRun || (table && words.length === 0 && !compare)) return { run: null, compare, table, out };
  const first = words[0];
  // `grid` is a group; `grid '?epochs=5'` (or `grid.html`) is its page with options.
  const asPage = first && (!isGroup(first) || words[1]?.startsWith('?'));
  if (first && asPage) {
    const page = PAGES.find((p) => p.startsWith(first));
    if (!page)
      throw new Error(
        `"${first}" is neither a group (${GROUPS.join(', ')}) nor a page (${PAGES.join(', ')}).`,
      );
    if (words.length > 2) throw new Error('A page run takes one query, e.g. app "?rounds=5".');
    return { run: { kind: 'page', page, query: words[1] ?? '' }, compare, table, out };
  }
  const bad = words.filter((w) => !isGroup(w));
  if (bad.length) throw new Error(`Unknown group ${bad.join(', ')}; groups: ${GROUPS.join(', ')}.`);
  const groups = words.length ? GROUPS.filter((g) => words.includes(g)) : [...GROUPS];
  return { run: { kind: 'groups', groups }, compare, table, out };
}

function isGroup(w: string): w is Group {
  return (GROUPS as readonly string[]).includes(w);
}

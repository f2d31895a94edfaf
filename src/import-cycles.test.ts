/**
 * No import cycles under src/. Lint keeps the layers one-way; this keeps
 * files within a layer from leaning on each other in a circle, which is
 * where module initialisation order starts to matter and where a split
 * into smaller files stops being possible.
 *
 * What counts as an edge: every static `import … from`, `export … from`,
 * side-effect `import '…'` and dynamic `import('…')` of a relative path.
 * Type-only statements (`import type`, `export type`) are left out: they
 * are erased when compiled (verbatimModuleSyntax), so they cannot change
 * what runs first, and a store built from slices needs them both ways (the
 * store imports each slice; each slice names the store's state type).
 * `import { type X }` still counts: it compiles to an import of the module.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type Graph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx)$/;

// An import or re-export statement: keyword, optional `type`, then only
// names, braces, commas, `*` and `as` up to `from '…'` (so no code in between).
const STATIC =
  /(?:^|[;\n])\s*(import|export)\s+(type\s+)?(?:[\w$*,{}\s]*?\s*from\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Relative module specifiers that `source` loads at run time. */
export function runtimeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specs: string[] = [];
  for (const m of code.matchAll(STATIC)) if (!m[2]) specs.push(m[3] as string);
  for (const m of code.matchAll(DYNAMIC)) specs.push(m[1] as string);
  return specs.filter((s) => s.startsWith('.'));
}

function resolveSpec(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const path of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(path) && statSync(path).isFile() && SOURCE.test(path)) return path;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return SOURCE.test(e.name) ? [path] : [];
  });
}

/** Each file under `root` and the files it imports at run time. */
export function importGraph(root: string): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(root)) {
    const targets = runtimeImports(readFileSync(file, 'utf8'))
      .map((spec) => resolveSpec(file, spec))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle a depth-first walk meets, each as [a, b, …, a]. */
export function findCycles(graph: Graph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!seen) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('the cycle finder', () => {
  it('finds a cycle, and names every file in it', () => {
    const graph: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('finds a file that imports itself, and nothing in a graph without cycles', () => {
    expect(findCycles(new Map([['a', ['a']]]))).toEqual([['a', 'a']]);
    const diamond: Graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['d']],
      ['c', ['d']],
      ['d', []],
    ]);
    expect(findCycles(diamond)).toEqual([]);
  });

  it('reads value imports, re-exports and dynamic imports, and skips type-only ones', () => {
    const source = [
      "import { a } from './a';",
      "import {\n  b,\n  type B,\n} from '../b';",
      "import type { C } from './c';",
      "export type { D } from './d';",
      "export { e } from './e';",
      "import './f.css';",
      "import * as tf from '@tensorflow/tfjs-core';",
      "// import { g } from './g';",
      "const h = () => import('./h');",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['./a', '../b', './e', './f.css', './h']);
  });
});

describe('src/', () => {
  it('has no import cycles', () => {
    const root = resolve(import.meta.dirname, '.');
    const graph = importGraph(root);
    expect(graph.size).toBeGreaterThan(100);
    const named = findCycles(graph).map((c) => c.map((f) => relative(root, f)).join(' -> '));
    expect(named, `import cycles:\n${named.join('\n')}`).toEqual([]);
  });
});

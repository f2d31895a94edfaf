/**
 * What a page's JS heap holds, split into compiled code and everything
 * else, from a V8 heap snapshot. The soak compares the two: V8 keeps
 * compiling hotter functions for many cycles, which grows the heap without
 * any object of the app's being kept.
 */
import type { Page } from '@playwright/test';

export interface HeapBreakdown {
  /** Compiled code (the snapshot's "code" nodes). */
  codeBytes: number;
  /** Every other node: the objects, strings, arrays and native objects the page keeps. */
  objectBytes: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Sum a parsed heap snapshot's self sizes into code and the rest. */
export function breakdown(s: Snapshot): HeapBreakdown {
  const fields = s.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = s.snapshot.meta.node_types[0].indexOf('code');
  let codeBytes = 0;
  let objectBytes = 0;
  for (let i = 0; i < s.nodes.length; i += stride) {
    const size = s.nodes[i + sizeAt] as number;
    if (s.nodes[i + typeAt] === code) codeBytes += size;
    else objectBytes += size;
  }
  return { codeBytes, objectBytes };
}

/** Take a heap snapshot of `page` (after a garbage collection) and break it down. */
export async function heapBreakdown(page: Page): Promise<HeapBreakdown> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    await cdp.detach();
  }
  return breakdown(JSON.parse(chunks.join('')) as Snapshot);
}

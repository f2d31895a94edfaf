/**
 * The histories of the runs a chart compares, read once per run: a
 * finished run's history never changes. A run still going is read again
 * about once a second while it goes, and once more when it ends, never
 * on every batch.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RunHistory } from '../../core/experiments/comparison';
import type { RunStatus } from '../../core/experiments/run-record';
import { getRunHistory } from '../../store/actions/runs';

/** How often a running run's history is read again (ms). */
const REFRESH_MS = 1000;

export function useRunHistories(
  runs: readonly { id: string; status: RunStatus }[],
): ReadonlyMap<string, RunHistory> {
  const [histories, setHistories] = useState<ReadonlyMap<string, RunHistory>>(() => new Map());
  // The status each run had when it was last read: read again when it changes.
  const readAs = useRef(new Map<string, RunStatus>());
  // The runs and their statuses, as one value the effect can depend on.
  const key = JSON.stringify(runs.map((r) => [r.id, r.status]));

  useEffect(() => {
    let live = true;
    const wanted = JSON.parse(key) as [string, RunStatus][];
    const read = async (id: string, status: RunStatus) => {
      const history = await getRunHistory(id);
      if (!live || !history) return;
      readAs.current.set(id, status);
      setHistories((prev) => {
        const held = prev.get(id);
        // The running run's arrays are replaced as it grows: the same ones mean nothing new.
        if (held && held.epochs === history.epochs && held.batches === history.batches) return prev;
        return new Map(prev).set(id, history);
      });
    };
    for (const [id, status] of wanted) if (readAs.current.get(id) !== status) void read(id, status);
    const going = wanted.filter(([, status]) => status === 'running');
    const timer =
      going.length > 0
        ? setInterval(() => going.forEach(([id, status]) => void read(id, status)), REFRESH_MS)
        : null;
    return () => {
      live = false;
      if (timer !== null) clearInterval(timer);
    };
  }, [key]);

  // Only the runs asked for: a run no longer compared keeps its cache entry, not its curves.
  return useMemo(() => {
    const ids = (JSON.parse(key) as [string, RunStatus][]).map(([id]) => id);
    const out = new Map<string, RunHistory>();
    for (const id of ids) {
      const h = histories.get(id);
      if (h) out.set(id, h);
    }
    return out;
  }, [histories, key]);
}

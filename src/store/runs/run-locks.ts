/**
 * Which runs are going right now in some tab: the tab recording a run holds
 * a Web Lock named after it until the run ends, and the browser lets go of
 * it when the tab closes or crashes. So a run stored as running whose lock
 * nobody holds was cut short, and one whose lock is held is live in another
 * tab and must not be marked interrupted.
 */
import { useStore } from '../store';

const lockName = (runId: string) => `nn-playground-run:${runId}`;

const locks = (): LockManager | undefined => globalThis.navigator?.locks;

/** Hold the lock of `runId` until releaseRunLock (or until the tab goes). */
export function holdRunLock(runId: string): void {
  const manager = locks();
  if (!manager) return;
  const handles = useStore.getState().handles;
  void manager
    .request(
      lockName(runId),
      () => new Promise<void>((release) => handles.runLocks.set(runId, release)),
    )
    .catch(() => undefined);
}

export function releaseRunLock(runId: string): void {
  const handles = useStore.getState().handles;
  handles.runLocks.get(runId)?.();
  handles.runLocks.delete(runId);
}

/**
 * The ids of runs some tab holds the lock of, or null where the browser has
 * no Web Locks (then a running record cannot be told from a dead one).
 */
export async function liveRunIds(): Promise<Set<string> | null> {
  const manager = locks();
  if (!manager) return null;
  try {
    const { held = [] } = await manager.query();
    const prefix = lockName('');
    return new Set(
      held.flatMap((l) => (l.name?.startsWith(prefix) ? [l.name.slice(prefix.length)] : [])),
    );
  } catch {
    return null;
  }
}

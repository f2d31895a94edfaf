/**
 * Which folded setting groups the reader opened, kept in localStorage so a
 * reload opens them again. Storage that is full, blocked or holds something
 * unexpected only means every group starts folded.
 */
import { storedText } from '../../store/stored-text';

const stored = storedText('nnp.openFolds');

function read(): Set<string> {
  try {
    const raw: unknown = JSON.parse(stored.read() ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((v) => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

export function isFoldOpen(id: string): boolean {
  return read().has(id);
}

export function rememberFold(id: string, open: boolean): void {
  const ids = read();
  if (open) ids.add(id);
  else ids.delete(id);
  stored.write(JSON.stringify([...ids]));
}

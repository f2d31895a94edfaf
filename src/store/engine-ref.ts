/**
 * The engine handle the actions use. Set once at start-up (or by a test).
 */
import type { EngineApi } from '../worker/protocol';

let api: EngineApi | null = null;

export function setEngineApi(next: EngineApi | null): void {
  api = next;
}

/** The engine when it has started; null before. */
export const engineApiIfStarted = (): EngineApi | null => api;

export function engineApi(): EngineApi {
  if (!api) throw new Error('The engine has not started yet.');
  return api;
}

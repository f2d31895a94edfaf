/**
 * Whether the app asks before a new model replaces a trained one. Asked by
 * default; "Don't ask again" turns it off for this browser (one
 * localStorage key). Storage that refuses forgets quietly: the choice then
 * holds for this page only.
 */
import { storedText } from '../stored-text';

export const NEW_MODEL_PROMPT_KEY = 'nn-playground.askBeforeNewModel';

const stored = storedText(NEW_MODEL_PROMPT_KEY);

/** Set when storage refused: the page keeps the answer it was given. */
let unstored: boolean | null = null;

export function asksBeforeNewModel(): boolean {
  return stored.read() !== 'no' && unstored !== false;
}

/** Stop asking (false), or ask again (true). */
export function setAsksBeforeNewModel(ask: boolean): void {
  unstored = ask;
  if (ask) stored.forget();
  else stored.write('no');
}

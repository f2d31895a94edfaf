/**
 * Whether the app asks before a new model replaces a trained one. Asked by
 * default; "Don't ask again" turns it off for this browser (one
 * localStorage key). Storage that refuses forgets quietly: the answer then
 * holds for this page only.
 */
import { storedText } from '../stored-text';

const stored = storedText('nn-playground.askBeforeNewModel');

/** Told not to ask on this page (kept here too, in case storage refused). */
let toldNotToAsk = false;

export function asksBeforeNewModel(): boolean {
  return !toldNotToAsk && stored.read() !== 'no';
}

export function stopAskingBeforeNewModel(): void {
  toldNotToAsk = true;
  stored.write('no');
}

/**
 * The library slice: the models saved in this browser, the storage they
 * use, and the Models panel's busy flag and message.
 */
import type { DamagedModelInfo, SavedModelInfo } from '../../core/io/model-meta';
import type { Notice } from './notice';
import type { SliceCreator } from './types';

export interface LibrarySlice {
  saved: SavedModelInfo[];
  /** Saved records that fail their checks: shown so they can be deleted. */
  savedDamaged: DamagedModelInfo[];
  modelsBusy: boolean;
  modelsMessage: Notice;
  /** The last deleted model, while its deletion can be undone. */
  undoDelete: { name: string; token: string } | null;
  /** navigator.storage.estimate() in bytes; persisted is null where the browser cannot say. */
  storage: { usage: number; quota: number; persisted: boolean | null } | null;
  /**
   * What of the current model is kept somewhere (saved here, or as it was
   * loaded): the run that trained it and its epoch count then. Null: nothing.
   */
  modelKept: { runId: string | null; epochs: number } | null;
}

export const initialLibraryState = (): LibrarySlice => ({
  saved: [],
  savedDamaged: [],
  modelsBusy: false,
  modelsMessage: null,
  undoDelete: null,
  storage: null,
  modelKept: null,
});

export const createLibrarySlice: SliceCreator<LibrarySlice> = () => initialLibraryState();

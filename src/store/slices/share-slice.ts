/**
 * The share slice: what the app says about the setup it started with (a
 * shared link's problems, a restored last setup) until the user dismisses it.
 */
import type { SliceCreator } from './types';

/** Where the setup the app started with came from. */
export type StartupSource = 'link' | 'saved';

export interface StartupNotice {
  source: StartupSource;
  /** One message per field of the link or the saved setup that had to take its default. */
  problems: string[];
  /** A saved setup was restored (and "Start fresh" goes back to the defaults). */
  restored: boolean;
}

export interface ShareSlice {
  startupNotice: StartupNotice | null;
}

export const initialShareState = (): ShareSlice => ({ startupNotice: null });

export const createShareSlice: SliceCreator<ShareSlice> = () => initialShareState();

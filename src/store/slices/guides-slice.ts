/**
 * The guides slice: the guided recipe being followed and where the user is
 * in it, whether its drawer is open, and the facts its checks need that no
 * other slice keeps (this page load's id, the last model download).
 */
import type { GuideProgress } from '../../core/guides/progress';
import type { Notice } from './notice';
import type { SliceCreator } from './types';

/** Different on every page load, the same across store resets. */
const PAGE_SESSION = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export interface GuidesSlice {
  /** The recipe being followed, or null. */
  guide: GuideProgress | null;
  guidesOpen: boolean;
  /** This page load's id: a step can ask for a reload. */
  guideSession: string;
  /** When a model was last downloaded (ms since the epoch), or null. */
  lastDownloadAt: number | null;
  /** Why a recipe could not start, or null. */
  guideMessage: Notice;
}

export const initialGuidesState = (): GuidesSlice => ({
  guide: null,
  guidesOpen: false,
  guideSession: PAGE_SESSION,
  lastDownloadAt: null,
  guideMessage: null,
});

export const createGuidesSlice: SliceCreator<GuidesSlice> = () => initialGuidesState();

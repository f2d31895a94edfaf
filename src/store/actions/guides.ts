/**
 * Guided recipes, the store's side: start one (its data, network and
 * hyperparameters through the usual actions), re-check the current step
 * whenever what its check reads changes, keep the progress in the browser
 * so a reload does not lose it, restart and leave. The recipes and their
 * checks are plain data in core/guides.
 */
import { notice, type NoticeText } from '../slices/notice';
import { guideById } from '../../core/guides/guides';
import { advance, readProgress, startProgress } from '../../core/guides/progress';
import { newLayerId } from '../../core/model/network-spec';
import { DEFAULT_EARLY_STOPPING } from '../../core/train/early-stopping';
import { t } from '../../i18n';
import { browserGuidePlace, type GuidePlace } from '../guides/guide-place';
import { guideView } from '../guides/guide-view';
import { selectIsRunning } from '../slices/run-slice';
import { useStore } from '../store';
import { applyDatasetSpec } from './data';
import { setNetwork } from './network';
import { applyPreset } from './recipe';
import { setTraining } from './training-config';

let place: GuidePlace = browserGuidePlace();

/** Keep progress somewhere else (tests pass a memory place). */
export function setGuidePlace(next: GuidePlace): void {
  place = next;
}

function persist(): void {
  const p = useStore.getState().guide;
  if (p) place.save(JSON.stringify(p));
  else place.forget();
}

const refuse = (text: NoticeText) => useStore.setState({ guideMessage: notice('error', text) });

/**
 * Set up recipe `id` and make its first step current. Refused while a run
 * is going; when its data cannot be built, nothing else changes.
 */
export async function startGuide(id: string): Promise<boolean> {
  const guide = guideById(id);
  if (!guide) return (refuse(() => t('guides:errors.unknown', { id })), false);
  if (selectIsRunning(useStore.getState()))
    return (refuse(() => t('guides:errors.running')), false);
  useStore.setState({ guideMessage: null });
  const data = await applyDatasetSpec(guide.setup.dataset);
  if (!data.ok) return (refuse(() => t('guides:errors.data', { error: data.error })), false);
  applyPreset(guide.setup.preset);
  const { layers } = guide.setup;
  if (layers) {
    const s = useStore.getState();
    setNetwork({ ...s.network, layers: layers(s.dataset.inputShape, newLayerId) });
  }
  setTraining({ earlyStopping: DEFAULT_EARLY_STOPPING, ...guide.setup.training });
  const s = useStore.getState();
  useStore.setState({
    setupNotice: null,
    guide: startProgress(guide, Date.now(), s.guideSession),
  });
  persist();
  checkGuide();
  return true;
}

/** Set the current recipe up again, from its first step. */
export function restartGuide(): Promise<boolean> {
  const p = useStore.getState().guide;
  return p ? startGuide(p.guideId) : Promise.resolve(false);
}

/** Stop following the recipe; the setup stays as it is. */
export function leaveGuide(): void {
  useStore.setState({ guide: null, guideMessage: null });
  persist();
}

/** Tick the current step (and any after it) whose check passes now. */
export function checkGuide(): void {
  const s = useStore.getState();
  const guide = s.guide && guideById(s.guide.guideId);
  if (!s.guide || !guide) return;
  const next = advance(guide, s.guide, guideView(s), Date.now());
  if (next === s.guide) return;
  useStore.setState({ guide: next });
  persist();
}

/** A model was downloaded: the save-and-load recipe's last step checks this. */
export function noteDownload(): void {
  useStore.setState({ lastDownloadAt: Date.now() });
}

export function setGuidesOpen(open: boolean): void {
  useStore.setState({ guidesOpen: open });
}

/** At start-up: take up a recipe left in progress, with its drawer open. */
export function restoreGuide(): void {
  const p = readProgress(place.load());
  if (!p) return place.forget();
  useStore.setState({ guide: p, guidesOpen: true });
  checkGuide();
}

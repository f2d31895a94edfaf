/**
 * The model library in this browser: save, list, load, rename, duplicate,
 * delete (with undo), and the storage it uses. A failed operation changes
 * nothing already saved: the engine's store does each one in a single
 * transaction, and every message says what went wrong.
 */
import { notice, type NoticeText } from '../slices/notice';
import type { Dataset } from '../../core/data/dataset';
import { copyName } from '../../core/io/library';
import {
  finalMetrics,
  MODEL_FORMAT_VERSION,
  type InputScaling,
  modelNameSchema,
  type ModelMeta,
} from '../../core/io/model-meta';
import type { LoadedModel } from '../../worker/protocol';
import { engineApi } from '../engine-ref';
import { stableStringify } from '../../core/stable-json';
import { selectIsRunning } from '../slices/run-slice';
import { useStore, type AppState, type CurrentModel } from '../store';
import { applyDatasetSpec } from './data';
import { currentTestSummary, savedTestEvaluation } from './evaluate';
import { replaceNetwork } from './network';
import { setRunModelName } from './runs';
import { announce } from '../sync/tab-channel';
import { dropUndoToasts, showToast } from './toasts';
import { t } from '../../i18n';

const fail = (text: NoticeText) => useStore.setState({ modelsMessage: notice('error', text) });
const info = (text: NoticeText) => useStore.setState({ modelsMessage: notice('info', text) });

/** Run `work` with the panel marked busy; a thrown Error becomes the panel's message. */
export async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
  useStore.setState({ modelsBusy: true, modelsMessage: null });
  try {
    return await work();
  } catch (e) {
    fail((e as Error).message);
    return undefined;
  } finally {
    useStore.setState({ modelsBusy: false });
  }
}

/** True while a run is going (see selectIsRunning). */
export function isTraining(): boolean {
  return selectIsRunning(useStore.getState());
}

/**
 * Re-read the saved-model list and the storage estimate.
 * @param quiet keep the panel's message when the list cannot be read (it says why already)
 */
export async function refreshSaved(quiet = false): Promise<void> {
  try {
    const lib = await engineApi().listSaved();
    useStore.setState({ saved: lib.models, savedDamaged: lib.damaged });
  } catch (e) {
    if (!quiet) fail(() => t('models:msg.listUnreadable', { error: (e as Error).message }));
  }
  await refreshStorage();
}

/** How much the browser lets this site store, and whether it may evict it. */
async function refreshStorage(): Promise<void> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return;
  try {
    const [estimate, persisted] = await Promise.all([
      storage.estimate(),
      storage.persisted?.() ?? Promise.resolve(null),
    ]);
    useStore.setState({
      storage: { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted },
    });
  } catch {
    // Some browsers refuse estimates in private windows: show nothing rather than a guess.
  }
}

/** Ask the browser not to evict saved models when space runs low. */
export async function requestPersistentStorage(): Promise<void> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return fail(() => t('models:msg.noPersist'));
  const granted = await storage.persist().catch(() => false);
  await refreshStorage();
  if (granted) info(() => t('models:msg.persisted'));
  else fail(() => t('models:msg.persistDeclined'));
}

/**
 * The input scaling the data was built with, for the record (a model from a
 * scaled table needs its inputs scaled the same way anywhere else).
 */
function datasetScaling(ds: Dataset): InputScaling | null {
  const scaling = (ds as Dataset & { scaling?: InputScaling | null }).scaling;
  return scaling ?? null;
}

/** The metadata record for the current model under `name`, or null for a model from elsewhere. */
export function currentMeta(name: string): ModelMeta | null {
  const s = useStore.getState();
  const m = s.model;
  if (!m?.trainable) return null;
  const now = new Date().toISOString();
  return {
    formatVersion: MODEL_FORMAT_VERSION,
    name,
    createdAt: now,
    savedAt: now,
    dataset: m.dataset,
    scaling: datasetScaling(s.dataset),
    network: m.network,
    training: m.training,
    history: s.history,
    keptEpoch: s.keptEpoch,
    finalMetrics: finalMetrics(s.history, s.keptEpoch),
    // The engine fills in the facts it owns: backend, parameter count, optimizer state.
    backend: s.engine.backend ?? 'unknown',
    totalParams: 0,
    optimizerState: false,
    testEvaluation: currentTestSummary(),
  };
}

/**
 * The state with the current model renamed. Results computed for the model
 * (evaluations) stay attached to it: they are for the same weights.
 */
function withName(st: AppState, name: string): Partial<AppState> {
  const old = st.model;
  if (!old) return {};
  const model = { ...old, name };
  return {
    model,
    ...(st.evaluation?.model === old && { evaluation: { ...st.evaluation, model } }),
    ...(st.testEvaluation?.model === old && { testEvaluation: { ...st.testEvaluation, model } }),
  };
}

/** Why the current model cannot be saved or exported now, or null. */
export function exportBlocker(): string | null {
  const s = useStore.getState();
  if (!s.model) return t('models:msg.trainFirst');
  if (isTraining()) return t('models:msg.stopToSave');
  return null;
}

export interface SaveRequest {
  replace: boolean;
  includeOptimizer: boolean;
}

export async function saveToBrowser(rawName: string, req: SaveRequest): Promise<boolean> {
  const blocker = exportBlocker();
  if (blocker) return (fail(blocker), false);
  const name = modelNameSchema.safeParse(rawName);
  if (!name.success)
    return (fail(name.error.issues[0]?.message ?? t('models:msg.invalidName')), false);
  const meta = currentMeta(name.data);
  if (!meta) {
    return (fail(() => t('models:msg.notSavable')), false);
  }
  const saved = await busy(() => engineApi().saveToBrowser(meta, req));
  // The name may have been taken in another tab since the list was read: the
  // list then shows it, and the form offers to replace it.
  if (!saved) return (await refreshSaved(true), false);
  announce('models');
  const runId = useStore.getState().model?.runId;
  useStore.setState((st) => ({
    ...withName(st, saved.name),
    modelKept: { runId: runId ?? null, epochs: st.history.length },
  }));
  if (runId) await setRunModelName(runId, saved.name);
  await refreshSaved();
  info(() => t('models:msg.saved', { name: saved.name }));
  showToast(t('models:msg.savedToast', { name: saved.name }));
  return true;
}

/**
 * Put a loaded model's specs and history back into the editor. `again`
 * loads it into an engine once more, for a restarted engine to take back.
 */
export async function restore(
  loaded: LoadedModel,
  source: 'browser' | 'file',
  name: string | null,
  again: () => Promise<LoadedModel>,
): Promise<void> {
  const meta = loaded.meta;
  // The data comes back through the data layer (digits and tables load asynchronously;
  // an uploaded CSV must be uploaded again, and the data panel says so).
  if (meta) await applyDatasetSpec(meta.dataset);
  if (meta) replaceNetwork(meta.network);
  const s = useStore.getState();
  const model: CurrentModel = {
    source,
    name,
    network: meta?.network ?? s.network,
    dataset: meta?.dataset ?? s.datasetSpec,
    training: meta?.training ?? s.training,
    loaded,
    // A functional graph runs here, but the editor cannot take it: never trained further.
    trainable: meta !== null && loaded.graphNote === null,
  };
  // Shown while the data is the one it was saved with (the same spec, rebuilt).
  const sameData = meta && stableStringify(meta.dataset) === stableStringify(s.datasetSpec);
  useStore.setState({
    // A loaded model's network and settings are the user's own: new data keeps them.
    ...(meta && {
      training: meta.training,
      setup: { ...s.setup, kind: meta.dataset.kind },
      setupNotice: null,
    }),
    history: meta?.history ?? [],
    batchHistory: [],
    deadUnits: null,
    runDiverged: false,
    keptEpoch: meta?.keptEpoch ?? null,
    model,
    modelKept: { runId: null, epochs: meta?.history.length ?? 0 },
    testEvaluation: savedTestEvaluation(
      meta?.testEvaluation,
      model,
      sameData ? s.datasetSpec : model.dataset,
    ),
    evaluateMessage: null,
    trainState: 'done',
    progress: null,
    trainMessage: null,
    evaluation: null,
  });
  useStore
    .getState()
    .handles.modelLoaded({ loaded, from: source === 'browser' ? 'library' : 'files', again });
}

export async function loadSaved(name: string): Promise<void> {
  if (isTraining()) return fail(() => t('models:msg.stopToLoad'));
  const loaded = await busy(() => engineApi().loadFromBrowser(name));
  if (!loaded) return;
  await restore(loaded, 'browser', name, () => engineApi().loadFromBrowser(name));
  info(() => t('models:msg.loaded', { name }));
}

/** Rename a saved model. Resolves true when it was renamed. */
export async function renameSaved(from: string, rawTo: string): Promise<boolean> {
  const to = modelNameSchema.safeParse(rawTo);
  if (!to.success) return (fail(to.error.issues[0]?.message ?? t('models:msg.invalidName')), false);
  if (to.data === from) return true;
  const renamed = await busy(() => engineApi().renameSaved(from, to.data));
  if (!renamed) return false;
  announce('models');
  useStore.setState((s) => ({
    ...(s.model?.name === from && withName(s, to.data)),
    undoDelete: s.undoDelete?.name === to.data ? null : s.undoDelete,
  }));
  await refreshSaved();
  info(() => t('models:msg.renamed', { from, to: to.data }));
  return true;
}

export async function duplicateSaved(name: string): Promise<void> {
  const taken = new Set(useStore.getState().saved.map((m) => m.name));
  const copy = await busy(() => engineApi().duplicateSaved(name, copyName(name, taken)));
  if (!copy) return;
  announce('models');
  await refreshSaved();
  info(() => t('models:msg.copied', { name, copy: copy.name }));
}

export async function deleteSaved(name: string): Promise<void> {
  const token = await busy(() => engineApi().deleteSaved(name));
  await refreshSaved();
  if (token === undefined) return;
  announce('models');
  useStore.setState({ undoDelete: { name, token } });
  info(() => t('models:msg.deleted', { name }));
  showToast(t('models:msg.deletedToast', { name }), 'model-delete');
}

export async function undoDelete(): Promise<void> {
  const pending = useStore.getState().undoDelete;
  if (!pending) return;
  const ok = await busy(async () => {
    await engineApi().undoDelete(pending.name, pending.token);
    return true;
  });
  useStore.setState({ undoDelete: null });
  dropUndoToasts('model-delete');
  if (ok) announce('models');
  await refreshSaved();
  if (ok) info(() => t('models:msg.restored', { name: pending.name }));
}

/**
 * Saving, listing, loading, deleting, downloading and uploading models.
 * Nothing already saved is touched by a failed operation.
 */
import { buildDataset } from '../../core/data/dataset';
import { checkModelFiles, type UploadedFile } from '../../core/io/model-files';
import {
  MODEL_FORMAT_VERSION,
  modelMetaSchema,
  modelNameSchema,
  type ModelMeta,
} from '../../core/io/model-meta';
import { summarize } from '../../core/model/network-spec';
import type { LoadedModel } from '../../engine/describe-model';
import { engineApi } from '../engine-ref';
import { useStore } from '../store';
import { predictProbe } from './predict';

/** Largest model.json we read (bytes); weights have their own check in core. */
const MODEL_JSON_MAX_BYTES = 50 * 1024 * 1024;

const fail = (text: string) =>
  useStore.setState({ modelsMessage: { kind: 'error', text }, modelsBusy: false });
const info = (text: string) =>
  useStore.setState({ modelsMessage: { kind: 'info', text }, modelsBusy: false });

async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
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

export async function refreshSaved(): Promise<void> {
  try {
    useStore.setState({ saved: await engineApi().listSaved() });
  } catch (e) {
    fail(`The saved models could not be read: ${(e as Error).message}`);
  }
}

/** The metadata record for the current model under `name`, or null with a message. */
function currentMeta(name: string): ModelMeta | null {
  const s = useStore.getState();
  const m = s.model;
  if (!m?.trainable) return null;
  return {
    formatVersion: MODEL_FORMAT_VERSION,
    name,
    savedAt: new Date().toISOString(),
    dataset: m.dataset,
    network: m.network,
    training: m.training,
    history: s.history,
    backend: s.engine.backend ?? 'unknown',
    totalParams: summarize(m.network, { numFeatures: 2, numClasses: s.dataset.numClasses })
      .totalParams,
  };
}

export async function saveToBrowser(rawName: string, replace = false): Promise<boolean> {
  const s = useStore.getState();
  if (!s.model) return (fail('Train or load a model before saving.'), false);
  if (s.trainState === 'training' || s.trainState === 'paused') {
    return (fail('Stop training before saving, so the saved weights are the ones shown.'), false);
  }
  const name = modelNameSchema.safeParse(rawName);
  if (!name.success) return (fail(name.error.issues[0]?.message ?? 'Invalid name.'), false);
  const meta = currentMeta(name.data);
  if (!meta)
    return (
      fail('Models loaded from files without playground metadata cannot be saved here yet.'),
      false
    );
  const saved = await busy(() => engineApi().saveToBrowser(meta, replace));
  if (!saved) return false;
  useStore.setState((st) => ({ model: st.model && { ...st.model, name: saved.name } }));
  await refreshSaved();
  info(`Saved "${saved.name}" in this browser.`);
  return true;
}

/** Put a loaded model's specs and history back into the editor. */
function restore(loaded: LoadedModel, source: 'browser' | 'file', name: string | null): void {
  const meta = loaded.meta;
  if (meta) {
    useStore.setState({
      datasetSpec: meta.dataset,
      dataset: buildDataset(meta.dataset),
      datasetError: null,
      network: meta.network,
      training: meta.training,
      history: meta.history,
      model: {
        source,
        name,
        network: meta.network,
        dataset: meta.dataset,
        training: meta.training,
        loaded,
        trainable: true,
      },
    });
  } else {
    const s = useStore.getState();
    useStore.setState({
      history: [],
      model: {
        source,
        name,
        network: s.network,
        dataset: s.datasetSpec,
        training: s.training,
        loaded,
        trainable: false,
      },
    });
  }
  useStore.setState({ trainState: 'done', progress: null, trainMessage: null });
}

export async function loadSaved(name: string): Promise<void> {
  if (isTraining()) return fail('Stop training before loading a model.');
  const loaded = await busy(() => engineApi().loadFromBrowser(name));
  if (!loaded) return;
  restore(loaded, 'browser', name);
  info(`Loaded "${name}".`);
  await predictProbe();
}

export async function deleteSaved(name: string): Promise<void> {
  const ok = await busy(async () => {
    await engineApi().deleteSaved(name);
    return true;
  });
  await refreshSaved();
  if (ok) info(`Deleted "${name}".`);
}

/** model.json text and weights.bin bytes of the current model, for download. */
export async function exportModelFiles(): Promise<
  { modelJson: string; weights: ArrayBuffer } | undefined
> {
  const s = useStore.getState();
  if (!s.model) return (fail('Train or load a model before downloading.'), undefined);
  const meta = currentMeta(s.model.name ?? 'downloaded-model');
  return busy(() => engineApi().exportFiles(meta));
}

function isTraining(): boolean {
  const t = useStore.getState().trainState;
  return t === 'training' || t === 'paused';
}

/** Load a model from picked files: model.json plus its weight files. */
export async function uploadModelFiles(files: File[]): Promise<void> {
  if (isTraining()) return fail('Stop training before loading a model.');
  const jsons = files.filter((f) => f.name.toLowerCase().endsWith('.json'));
  if (jsons.length !== 1) {
    return fail(
      jsons.length === 0
        ? 'Select a model.json file together with its weight files (e.g. weights.bin).'
        : `Select exactly one model.json; got ${jsons.length} .json files.`,
    );
  }
  const jsonFile = jsons[0]!;
  if (jsonFile.size > MODEL_JSON_MAX_BYTES) {
    return fail(
      `${jsonFile.name} is ${jsonFile.size.toLocaleString('en-US')} bytes; a model.json over 50 MB is not a layers model.`,
    );
  }
  const weightFiles: UploadedFile[] = await Promise.all(
    files
      .filter((f) => f !== jsonFile)
      .map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })),
  );
  const checked = checkModelFiles(await jsonFile.text(), weightFiles);
  if (!checked.ok) return fail(checked.error);
  const rawMeta = checked.value.userDefinedMetadata?.['playground'];
  const meta = rawMeta === undefined ? null : modelMetaSchema.safeParse(rawMeta);
  const loaded = await busy(() =>
    engineApi().importFiles(checked.value, meta?.success ? meta.data : null),
  );
  if (!loaded) return;
  restore(loaded, 'file', meta?.success ? meta.data.name : jsonFile.name);
  info(
    meta?.success
      ? `Loaded ${jsonFile.name} with its playground settings.`
      : `Loaded ${jsonFile.name} (${loaded.totalParams.toLocaleString('en-US')} parameters). It has no playground settings, so it can predict but not be trained further here.`,
  );
  await predictProbe();
}

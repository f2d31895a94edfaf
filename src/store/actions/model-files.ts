/**
 * Models as files: the standard TensorFlow.js download, the one-file .zip
 * bundle, the Python / Keras export, uploads (checked in core before the
 * engine sees them), and using whatever model is loaded: evaluating it on
 * the current data and predicting typed-in inputs. The bytes are built
 * here; saving them to disk is the UI's job (downloads happen on the page).
 */
import { notice, type NoticeText } from '../slices/notice';
import { describeSpec } from '../../core/data/dataset-spec';
import { MODEL_JSON, WEIGHTS_BIN, zipFiles } from '../../core/io/bundle';
import { partToCsv, SPLITS } from '../../core/io/dataset-csv';
import { kerasScript } from '../../core/io/keras-export';
import { kerasReadme } from '../../core/io/keras-readme';
import { nonFiniteSummary } from '../../core/io/weight-values';
import { safeFileName } from '../../core/io/escape';
import { OPTIMIZER_BIN, OPTIMIZER_JSON } from '../../core/io/optimizer-state';
import { checkPick, readUpload } from '../../core/io/upload';
import { kerasLayerLines } from '../../core/model/keras';
import { datasetIO, networkProblems, outputHead } from '../../core/model/network-spec';
import type { ExportedModel } from '../../worker/protocol';
import { engineApi } from '../engine-ref';
import { useStore } from '../store';
import { ensureEngineData } from './data';
import { noteDownload } from './guides';
import { busy, currentMeta, exportBlocker, isTraining, restore } from './models';
import { showToast } from './toasts';
import { formatInt } from '../../core/format';
import { t } from '../../i18n';

const fail = (text: NoticeText) => useStore.setState({ modelsMessage: notice('error', text) });
const info = (text: NoticeText) => useStore.setState({ modelsMessage: notice('info', text) });

/** A file to hand to the browser's download. */
export interface DownloadFile {
  name: string;
  bytes: Uint8Array | ArrayBuffer | string;
  type: string;
}

/** A download name's stem from a model's name: legal on every system, in any script. */
const fileStem = (name: string | null | undefined): string => safeFileName(name ?? '', 'model');

async function exportCurrent(includeOptimizer: boolean): Promise<ExportedModel | undefined> {
  const blocker = exportBlocker();
  if (blocker) return (fail(blocker), undefined);
  const meta = currentMeta(useStore.getState().model?.name ?? 'downloaded-model');
  const files = await busy(() => engineApi().exportFiles(meta, includeOptimizer));
  if (files) noteDownload();
  return files;
}

/** model.json + weights.bin: the standard TensorFlow.js layers format. */
export async function exportModelFiles(): Promise<DownloadFile[] | undefined> {
  const files = await exportCurrent(false);
  return (
    files && [
      { name: MODEL_JSON, bytes: files.modelJson, type: 'application/json' },
      { name: WEIGHTS_BIN, bytes: files.weights, type: 'application/octet-stream' },
    ]
  );
}

/** One .zip with the model, its settings and (if asked) the optimizer state. */
export async function exportBundle(includeOptimizer: boolean): Promise<DownloadFile | undefined> {
  const files = await exportCurrent(includeOptimizer);
  if (!files) return undefined;
  const zip = zipFiles({
    [MODEL_JSON]: files.modelJson,
    [WEIGHTS_BIN]: files.weights,
    ...(files.optimizer && {
      [OPTIMIZER_JSON]: files.optimizer.json,
      [OPTIMIZER_BIN]: files.optimizer.bin,
    }),
  });
  return {
    name: `${fileStem(useStore.getState().model?.name)}.zip`,
    bytes: zip,
    type: 'application/zip',
  };
}

/** train.py + the data as CSV + README, zipped: the editor's network, settings and data. */
export function exportKerasProject(): DownloadFile | undefined {
  const s = useStore.getState();
  const dataError = s.datasetError;
  if (dataError) return (fail(() => t('models:msg.fixData', { error: dataError })), undefined);
  const io = datasetIO(s.dataset);
  const problem = networkProblems(s.network, io)[0];
  if (problem)
    return (fail(() => t('models:msg.fixNetwork', { error: problem.message })), undefined);
  const input = {
    layerLines: kerasLayerLines(s.network, io),
    head: outputHead(s.network, s.dataset.task),
    modelName: s.model?.name ?? 'playground_model',
    inputShape: s.dataset.inputShape,
    task: s.dataset.task,
    training: s.training,
    dataDescription: describeSpec(s.datasetSpec),
  };
  const csv = Object.fromEntries(
    SPLITS.map((p) => [`${p}.csv`, partToCsv(s.dataset, s.dataset[p])]),
  );
  info(() => t('models:msg.kerasExported'));
  return {
    name: `${fileStem(s.model?.name ?? 'playground')}-keras.zip`,
    bytes: zipFiles({ 'train.py': kerasScript(input), 'README.md': kerasReadme(input), ...csv }),
    type: 'application/zip',
  };
}

/** Load a model from picked or dropped files: model.json + weights, or a .zip bundle. */
export async function uploadModel(files: File[]): Promise<void> {
  if (isTraining()) return fail(() => t('models:msg.stopToLoad'));
  const pickProblem = checkPick(files);
  if (pickProblem) return fail(pickProblem);
  const read = await busy(() =>
    Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))),
  );
  if (!read) return;
  const upload = readUpload(read);
  if (!upload.ok) return fail(upload.error);
  const { artifacts, meta, optimizer, fileName, metaProblem } = upload.value;
  const loaded = await busy(() => engineApi().importFiles(artifacts, meta, optimizer));
  if (!loaded) return;
  await restore(loaded, 'file', meta?.name ?? fileName, () =>
    engineApi().importFiles(artifacts, meta, optimizer),
  );
  showToast(t('models:msg.loadedToast', { file: fileName }));
  if (loaded.nonFinite) {
    return info(
      t('models:msg.loadedNonFinite', {
        file: fileName,
        summary: nonFiniteSummary(loaded.nonFinite),
      }),
    );
  }
  const params = formatInt(loaded.totalParams);
  info(
    loaded.graphNote
      ? t('models:msg.loadedGraph', { file: fileName, params, note: loaded.graphNote })
      : meta
        ? t('models:msg.loadedWithSettings', { file: fileName })
        : metaProblem
          ? t('models:msg.loadedBadSettings', {
              file: fileName,
              problem: metaProblem.replace(/\.$/, ''),
            })
          : t('models:msg.loadedNoSettings', { file: fileName, params }),
  );
}

/** Evaluate the loaded model on the current data (each split). */
export async function evaluateCurrent(): Promise<void> {
  const s = useStore.getState();
  if (!s.model) return fail(() => t('models:msg.trainFirst'));
  if (isTraining()) return fail(() => t('models:msg.stopToEvaluate'));
  const dataError = s.datasetError;
  if (dataError) return fail(() => t('models:msg.fixData', { error: dataError }));
  const result = await busy(async () => engineApi().evaluate(await ensureEngineData()));
  useStore.setState({
    evaluation: result ? { result, model: s.model, dataset: s.datasetSpec } : null,
  });
}

/**
 * Predict one input typed as numbers (commas, spaces or new lines between them).
 * @returns the outputs, or a message saying what is wrong with the input
 */
export async function predictTyped(
  text: string,
  dims: number[],
): Promise<{ ok: true; values: number[] } | { ok: false; error: string }> {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const values = parts.map(Number);
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) return { ok: false, error: t('models:msg.notANumber', { text: parts[bad] ?? '' }) };
  const size = dims.reduce((a, b) => a * b, 1);
  if (values.length !== size) {
    return {
      ok: false,
      error: t('models:msg.wrongCount', {
        count: size,
        shape: dims.join(', '),
        got: values.length,
      }),
    };
  }
  try {
    const out = await engineApi().predict(new Float32Array(values), dims);
    return { ok: true, values: Array.from(out) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

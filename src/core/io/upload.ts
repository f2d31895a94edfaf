/**
 * What a set of uploaded files is: a .zip bundle, or model.json with its
 * weight files (and optionally optimizer.json + optimizer.bin). Everything
 * is checked here, at the edge, before the engine allocates anything; the
 * playground settings in model.json are checked too, and a model whose
 * settings are missing or damaged still loads, as a model from elsewhere.
 */
import { formatInt } from '../format';
import { t } from '../../i18n';
import { MODEL_JSON, unzipFiles } from './bundle';
import {
  checkModelFiles,
  MAX_UPLOAD_BYTES,
  type Checked,
  type ModelArtifactsData,
  type UploadedFile,
} from './model-files';
import { parseModelMeta, type ModelMeta } from './model-meta';
import {
  checkOptimizerFiles,
  OPTIMIZER_BIN,
  OPTIMIZER_JSON,
  type OptimizerState,
} from './optimizer-state';

export interface Upload {
  /** What to call it: the bundle's or model.json's file name. */
  fileName: string;
  kind: 'bundle' | 'files';
  artifacts: ModelArtifactsData;
  optimizer: OptimizerState | null;
  /** The playground settings, when the model carries valid ones. */
  meta: ModelMeta | null;
  /** Why settings that are present could not be used, else null. */
  metaProblem: string | null;
}

/** Name and size of a picked file, before its bytes are read. */
export interface PickedFile {
  name: string;
  size: number;
}

const fmt = formatInt;
const isZip = (name: string): boolean => name.toLowerCase().endsWith('.zip');
const isJson = (name: string): boolean => name.toLowerCase().endsWith('.json');

/** Refuse a pick by names and sizes alone, before reading any bytes. */
export function checkPick(files: PickedFile[]): string | null {
  if (files.length === 0) return t('models:uploadCheck.none');
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > MAX_UPLOAD_BYTES) {
    return t('models:uploadCheck.tooBig', { total: fmt(total), max: fmt(MAX_UPLOAD_BYTES) });
  }
  const zips = files.filter((f) => isZip(f.name));
  if (zips.length > 0 && files.length > 1) {
    return t('models:uploadCheck.both');
  }
  if (zips.length === 0) {
    const jsons = files.filter((f) => isJson(f.name) && f.name !== OPTIMIZER_JSON);
    if (jsons.length === 0) {
      return t('models:uploadCheck.noJson');
    }
    if (jsons.length > 1) {
      return t('models:uploadCheck.manyJson', {
        count: jsons.length,
        names: jsons.map((f) => f.name).join(', '),
      });
    }
  }
  return null;
}

function readOptimizer(files: UploadedFile[]): Checked<OptimizerState | null> {
  const json = files.find((f) => f.name === OPTIMIZER_JSON);
  const bin = files.find((f) => f.name === OPTIMIZER_BIN);
  if (!json && !bin) return { ok: true, value: null };
  if (!json || !bin) {
    return {
      ok: false,
      error: t('models:uploadCheck.optimizerHalf', {
        json: OPTIMIZER_JSON,
        bin: OPTIMIZER_BIN,
        have: json ? OPTIMIZER_JSON : OPTIMIZER_BIN,
      }),
    };
  }
  return checkOptimizerFiles(new TextDecoder().decode(json.bytes), bin.bytes);
}

/**
 * Interpret and check uploaded files (their bytes read).
 * @returns the model ready for the engine, or a message naming the first problem
 */
export function readUpload(picked: UploadedFile[]): Checked<Upload> {
  const pickProblem = checkPick(picked.map((f) => ({ name: f.name, size: f.bytes.byteLength })));
  if (pickProblem) return { ok: false, error: pickProblem };
  let files = picked;
  const zip = picked.length === 1 && picked[0] && isZip(picked[0].name) ? picked[0] : null;
  if (zip) {
    const unzipped = unzipFiles(zip.name, zip.bytes);
    if (!unzipped.ok) return unzipped;
    files = unzipped.value;
    if (!files.some((f) => f.name === MODEL_JSON)) {
      return {
        ok: false,
        error: t('models:uploadCheck.notBundle', { zip: zip.name, model: MODEL_JSON }),
      };
    }
  }
  const optimizer = readOptimizer(files);
  if (!optimizer.ok) return optimizer;
  const rest = files.filter((f) => f.name !== OPTIMIZER_JSON && f.name !== OPTIMIZER_BIN);
  const jsonFile = rest.find((f) => (zip ? f.name === MODEL_JSON : isJson(f.name)));
  if (!jsonFile)
    return { ok: false, error: t('models:uploadCheck.noModelJson', { model: MODEL_JSON }) };
  const checked = checkModelFiles(
    new TextDecoder().decode(jsonFile.bytes),
    rest.filter((f) => f !== jsonFile),
  );
  if (!checked.ok) return checked;
  const rawMeta = checked.value.userDefinedMetadata?.['playground'];
  const meta = rawMeta === undefined ? null : parseModelMeta(rawMeta);
  return {
    ok: true,
    value: {
      fileName: zip?.name ?? jsonFile.name,
      kind: zip ? 'bundle' : 'files',
      artifacts: checked.value,
      optimizer: meta?.ok ? optimizer.value : null,
      meta: meta?.ok ? meta.value : null,
      metaProblem: meta && !meta.ok ? meta.error : null,
    },
  };
}

/**
 * Checks an uploaded TensorFlow.js layers model (model.json + weight files)
 * before anything is allocated: malformed JSON, missing or extra weight
 * files, byte counts that don't match the manifest, unsupported dtypes and
 * absurd shapes are refused with a message that names the problem. tfjs's
 * own loaders hang (tf.io.browserFiles on malformed JSON) or load random
 * weights (a manifest without its weight data) on several of these.
 */
import { z } from 'zod';
import { t } from '../../i18n';
import { formatInt } from '../format';

/** Largest tensor we agree to allocate from a file: 50 M values (200 MB as float32). */
export const MAX_TENSOR_VALUES = 50_000_000;

/** Largest upload we read into memory at all (all files together). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

const DTYPE_BYTES = { float32: 4, int32: 4, bool: 1 } as const;
const QUANT_BYTES = { uint8: 1, uint16: 2, float16: 2 } as const;

type WeightDtype = keyof typeof DTYPE_BYTES;

const isWeightDtype = (d: string): d is WeightDtype => Object.hasOwn(DTYPE_BYTES, d);

export const rawWeightSpecSchema = z.object({
  name: z.string(),
  shape: z.array(z.number().int().nonnegative()),
  dtype: z.string(),
  /** tfjs writes 'optimizer' for optimizer weights saved with includeOptimizer. */
  group: z.string().optional(),
  quantization: z
    .object({ dtype: z.enum(['uint8', 'uint16', 'float16']) })
    .loose()
    .optional(),
});

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: WeightDtype;
  group?: string;
  quantization?: { dtype: keyof typeof QUANT_BYTES; [key: string]: unknown };
}

const modelJsonSchema = z.object({
  format: z.string().optional(),
  generatedBy: z.string().optional(),
  convertedBy: z.string().nullable().optional(),
  modelTopology: z.record(z.string(), z.unknown()),
  weightsManifest: z.array(
    z.object({ paths: z.array(z.string()).min(1), weights: z.array(rawWeightSpecSchema) }),
  ),
  userDefinedMetadata: z.record(z.string(), z.unknown()).optional(),
});

/** The checked contents of an upload, ready for tf.io.fromMemory. */
export interface ModelArtifactsData {
  modelTopology: Record<string, unknown>;
  /** The model's own weights, in the order of `weightData`. */
  weightSpecs: WeightSpec[];
  /** The model's weights, concatenated in `weightSpecs` order. */
  weightData: ArrayBuffer;
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
  userDefinedMetadata?: Record<string, unknown>;
}

export interface UploadedFile {
  name: string;
  bytes: ArrayBuffer;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const fmt = formatInt;
const baseName = (p: string): string => p.split('/').pop() ?? p;

/** Values in a tensor of this shape. */
export const valueCount = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** Bytes a weight occupies in the weights file. */
export function weightByteLength(w: WeightSpec): number {
  const per = w.quantization ? QUANT_BYTES[w.quantization.dtype] : DTYPE_BYTES[w.dtype];
  return valueCount(w.shape) * per;
}

/**
 * Compare the bytes a manifest needs with the bytes there are.
 * @returns null when they match, else a message naming both counts
 */
export function checkWeightBytes(specs: WeightSpec[], have: number): string | null {
  const needed = specs.reduce((s, w) => s + weightByteLength(w), 0);
  return have === needed
    ? null
    : t('models:fileCheck.model.weightBytes', { have: fmt(have), needed: fmt(needed) });
}

/** Each weight's dtype and size, checked before any byte is looked at. */
export function checkWeightSpecs(
  raw: z.infer<typeof rawWeightSpecSchema>[],
): Checked<WeightSpec[]> {
  const specs: WeightSpec[] = [];
  for (const w of raw) {
    if (!isWeightDtype(w.dtype)) {
      return {
        ok: false,
        error: t('models:fileCheck.model.dtype', { name: w.name, dtype: w.dtype }),
      };
    }
    const values = valueCount(w.shape);
    if (values > MAX_TENSOR_VALUES) {
      return {
        ok: false,
        error: t('models:fileCheck.model.tooManyValues', {
          name: w.name,
          values: fmt(values),
          shape: w.shape.join(', '),
          max: fmt(MAX_TENSOR_VALUES),
        }),
      };
    }
    specs.push({ ...w, dtype: w.dtype } as WeightSpec);
  }
  return { ok: true, value: specs };
}

/** Keep the bytes of the specs `keep` selects, in order. */
function selectBytes(specs: WeightSpec[], data: Uint8Array, keep: (w: WeightSpec) => boolean) {
  const parts: Uint8Array[] = [];
  let offset = 0;
  for (const w of specs) {
    const n = weightByteLength(w);
    if (keep(w)) parts.push(data.subarray(offset, offset + n));
    offset += n;
  }
  return concatBytes(parts);
}

/** One ArrayBuffer holding the given chunks back to back. */
function concatBytes(chunks: readonly (ArrayBuffer | Uint8Array)[]): ArrayBuffer {
  const views = chunks.map((c) => (c instanceof Uint8Array ? c : new Uint8Array(c)));
  const out = new Uint8Array(views.reduce((s, v) => s + v.byteLength, 0));
  let offset = 0;
  for (const v of views) {
    out.set(v, offset);
    offset += v.byteLength;
  }
  return out.buffer;
}

/** Parse model.json text into its checked top level (no weights yet). */
function parseModelJson(text: string): Checked<z.infer<typeof modelJsonSchema>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      error: t('models:fileCheck.notJson', { file: 'model.json', error: (e as Error).message }),
    };
  }
  const parsed = modelJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.');
    const error = issue?.message ?? t('models:fileCheck.invalid');
    return {
      ok: false,
      error: where
        ? t('models:fileCheck.model.notLayers', { where, error })
        : t('models:fileCheck.model.notLayersTop', { error }),
    };
  }
  const json = parsed.data;
  if (json.format !== undefined && json.format !== 'layers-model') {
    return {
      ok: false,
      error: t('models:fileCheck.model.format', { format: json.format }),
    };
  }
  return { ok: true, value: json };
}

/**
 * Check model.json text against the weight files uploaded with it.
 * Optimizer weights saved by tfjs's `includeOptimizer` (group "optimizer")
 * are checked for size, then left out: only the model's weights are kept.
 * @param modelJsonText the text of model.json
 * @param weightFiles every other file the user picked, by file name
 */
export function checkModelFiles(
  modelJsonText: string,
  weightFiles: UploadedFile[],
): Checked<ModelArtifactsData> {
  const parsed = parseModelJson(modelJsonText);
  if (!parsed.ok) return parsed;
  const json = parsed.value;
  const byName = new Map(weightFiles.map((f) => [f.name, f]));
  const used = new Set<string>();
  const chunks: ArrayBuffer[] = [];
  const specs: WeightSpec[] = [];
  for (const group of json.weightsManifest) {
    const checked = checkWeightSpecs(group.weights);
    if (!checked.ok) return checked;
    const needed = checked.value.reduce((s, w) => s + weightByteLength(w), 0);
    let have = 0;
    for (const path of group.paths) {
      const file = byName.get(baseName(path));
      if (!file) {
        return {
          ok: false,
          error: t('models:fileCheck.model.weightsNotUploaded', { file: baseName(path) }),
        };
      }
      used.add(file.name);
      chunks.push(file.bytes);
      have += file.bytes.byteLength;
    }
    if (have !== needed) {
      return {
        ok: false,
        error: t('models:fileCheck.model.weightsSize', {
          files: group.paths.map(baseName).join(', '),
          have: fmt(have),
          needed: fmt(needed),
        }),
      };
    }
    specs.push(...checked.value);
  }
  const extra = weightFiles.filter((f) => !used.has(f.name));
  if (extra.length > 0) {
    return {
      ok: false,
      error: t('models:fileCheck.model.notInManifest', {
        files: extra.map((f) => f.name).join(t('models:fileCheck.listSep')),
      }),
    };
  }
  const isModelWeight = (w: WeightSpec) => w.group !== 'optimizer';
  const all = new Uint8Array(concatBytes(chunks));
  const modelSpecs = specs.filter(isModelWeight);
  return {
    ok: true,
    value: {
      modelTopology: json.modelTopology,
      weightSpecs: modelSpecs,
      weightData:
        modelSpecs.length === specs.length ? all.buffer : selectBytes(specs, all, isModelWeight),
      ...(json.format !== undefined && { format: json.format }),
      ...(json.generatedBy !== undefined && { generatedBy: json.generatedBy }),
      ...(typeof json.convertedBy === 'string' && { convertedBy: json.convertedBy }),
      ...(json.userDefinedMetadata !== undefined && {
        userDefinedMetadata: json.userDefinedMetadata,
      }),
    },
  };
}

/** model.json text for artifacts whose weights go in one file named `weightsFile`. */
export function toModelJson(
  a: Omit<ModelArtifactsData, 'weightData'>,
  weightsFile = 'weights.bin',
): string {
  return JSON.stringify({
    format: a.format ?? 'layers-model',
    generatedBy: a.generatedBy ?? 'nn-playground',
    convertedBy: a.convertedBy ?? null,
    modelTopology: a.modelTopology,
    weightsManifest: [{ paths: [`./${weightsFile}`], weights: a.weightSpecs }],
    ...(a.userDefinedMetadata && { userDefinedMetadata: a.userDefinedMetadata }),
  });
}

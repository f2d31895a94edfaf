/**
 * Checks an uploaded TensorFlow.js layers model (model.json + weight files)
 * before anything is allocated: malformed JSON, missing or extra weight
 * files, byte counts that don't match the manifest and absurd shapes are
 * refused with a message that names the problem. tfjs's own loaders hang or
 * load random weights on several of these (see shared/TFJS-NOTES.md).
 */
import { z } from 'zod';

/** Largest tensor we agree to allocate from a file: 50 M values (200 MB as float32). */
export const MAX_TENSOR_VALUES = 50_000_000;

const DTYPE_BYTES = { float32: 4, int32: 4, bool: 1 } as const;
const QUANT_BYTES = { uint8: 1, uint16: 2, float16: 2 } as const;

const weightSpecSchema = z.object({
  name: z.string(),
  shape: z.array(z.number().int().nonnegative()),
  dtype: z.enum(['float32', 'int32', 'bool']),
  quantization: z
    .object({ dtype: z.enum(['uint8', 'uint16', 'float16']) })
    .loose()
    .optional(),
});

const modelJsonSchema = z.object({
  format: z.string().optional(),
  generatedBy: z.string().optional(),
  convertedBy: z.string().nullable().optional(),
  modelTopology: z.record(z.string(), z.unknown()),
  weightsManifest: z.array(
    z.object({ paths: z.array(z.string()).min(1), weights: z.array(weightSpecSchema) }),
  ),
  userDefinedMetadata: z.record(z.string(), z.unknown()).optional(),
});

export type WeightSpec = z.infer<typeof weightSpecSchema>;

/** The checked contents of an upload, ready for tf.io.fromMemory. */
export interface ModelArtifactsData {
  modelTopology: Record<string, unknown>;
  weightSpecs: WeightSpec[];
  /** All weight files concatenated in manifest order. */
  weightData: ArrayBuffer;
  format?: string;
  generatedBy?: string;
  userDefinedMetadata?: Record<string, unknown>;
}

export interface UploadedFile {
  name: string;
  bytes: ArrayBuffer;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const fmt = (n: number): string => n.toLocaleString('en-US');
const baseName = (p: string): string => p.split('/').pop() ?? p;

/** Bytes a weight occupies in the weights file. */
export function weightByteLength(w: WeightSpec): number {
  const values = w.shape.reduce((a, b) => a * b, 1);
  const per = w.quantization ? QUANT_BYTES[w.quantization.dtype] : DTYPE_BYTES[w.dtype];
  return values * per;
}

/**
 * Compare the bytes a manifest needs with the bytes there are.
 * @returns null when they match, else a message naming both counts
 */
export function checkWeightBytes(specs: WeightSpec[], have: number): string | null {
  const needed = specs.reduce((s, w) => s + weightByteLength(w), 0);
  return have === needed
    ? null
    : `the weights have ${fmt(have)} bytes; the model needs ${fmt(needed)}.`;
}

/**
 * Check model.json text against the weight files uploaded with it.
 * @param modelJsonText the text of model.json
 * @param weightFiles every other file the user picked, by file name
 */
export function checkModelFiles(
  modelJsonText: string,
  weightFiles: UploadedFile[],
): Checked<ModelArtifactsData> {
  let raw: unknown;
  try {
    raw = JSON.parse(modelJsonText);
  } catch (e) {
    return { ok: false, error: `model.json is not valid JSON (${(e as Error).message}).` };
  }
  const parsed = modelJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the top level';
    return {
      ok: false,
      error: `model.json is not a TensorFlow.js layers model: ${where}: ${issue?.message ?? 'invalid'}.`,
    };
  }
  const json = parsed.data;
  if (json.format !== undefined && json.format !== 'layers-model') {
    return {
      ok: false,
      error: `model.json has format "${json.format}"; only "layers-model" can be loaded here.`,
    };
  }
  const byName = new Map(weightFiles.map((f) => [f.name, f]));
  const used = new Set<string>();
  const chunks: ArrayBuffer[] = [];
  const specs: WeightSpec[] = [];
  for (const group of json.weightsManifest) {
    for (const w of group.weights) {
      const values = w.shape.reduce((a, b) => a * b, 1);
      if (values > MAX_TENSOR_VALUES) {
        return {
          ok: false,
          error: `Weight "${w.name}" declares ${fmt(values)} values; the limit is ${fmt(MAX_TENSOR_VALUES)}.`,
        };
      }
    }
    const needed = group.weights.reduce((s, w) => s + weightByteLength(w), 0);
    let have = 0;
    for (const path of group.paths) {
      const file = byName.get(baseName(path));
      if (!file) {
        return {
          ok: false,
          error: `model.json needs the weights file "${baseName(path)}", which was not uploaded. Select it together with model.json.`,
        };
      }
      used.add(file.name);
      chunks.push(file.bytes);
      have += file.bytes.byteLength;
    }
    if (have !== needed) {
      return {
        ok: false,
        error: `Weights file ${group.paths.map(baseName).join(', ')} has ${fmt(have)} bytes; the model needs ${fmt(needed)}.`,
      };
    }
    specs.push(...group.weights);
  }
  const extra = weightFiles.filter((f) => !used.has(f.name));
  if (extra.length > 0) {
    return {
      ok: false,
      error: `"${extra.map((f) => f.name).join('", "')}" is not named in model.json's weights manifest.`,
    };
  }
  const total = chunks.reduce((s, c) => s + c.byteLength, 0);
  const weightData = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    weightData.set(new Uint8Array(c), offset);
    offset += c.byteLength;
  }
  return {
    ok: true,
    value: {
      modelTopology: json.modelTopology,
      weightSpecs: specs,
      weightData: weightData.buffer,
      ...(json.format !== undefined && { format: json.format }),
      ...(json.generatedBy !== undefined && { generatedBy: json.generatedBy }),
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
    convertedBy: null,
    modelTopology: a.modelTopology,
    weightsManifest: [{ paths: [`./${weightsFile}`], weights: a.weightSpecs }],
    ...(a.userDefinedMetadata && { userDefinedMetadata: a.userDefinedMetadata }),
  });
}

/**
 * An optimizer's state (Adam's moment estimates and its step count) as plain
 * data, stored beside a model's weights so that resumed training continues
 * exactly where it stopped. In a bundle it travels as optimizer.json (which
 * optimizer, and a weights manifest like model.json's) + optimizer.bin.
 */
import { z } from 'zod';
import { t } from '../../i18n';
import { OPTIMIZER_IDS, type OptimizerId } from '../train/optimizers';
import {
  checkWeightBytes,
  checkWeightSpecs,
  rawWeightSpecSchema,
  type Checked,
  type WeightSpec,
} from './model-files';

export interface OptimizerState {
  optimizer: OptimizerId;
  /** In the order tfjs's `optimizer.getWeights()` gives them: the step count first. */
  weightSpecs: WeightSpec[];
  weightData: ArrayBuffer;
}

export const OPTIMIZER_JSON = 'optimizer.json';
export const OPTIMIZER_BIN = 'optimizer.bin';

const optimizerJsonSchema = z.object({
  optimizer: z.enum(OPTIMIZER_IDS),
  weights: z.array(rawWeightSpecSchema),
});

/** optimizer.json text for a state whose bytes go in optimizer.bin. */
export function toOptimizerJson(state: OptimizerState): string {
  return JSON.stringify({ optimizer: state.optimizer, weights: state.weightSpecs });
}

/** Check optimizer.json text against the bytes of optimizer.bin. */
export function checkOptimizerFiles(jsonText: string, bytes: ArrayBuffer): Checked<OptimizerState> {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (e) {
    return {
      ok: false,
      error: t('models:fileCheck.notJson', { file: OPTIMIZER_JSON, error: (e as Error).message }),
    };
  }
  const parsed = optimizerJsonSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: t('models:fileCheck.optimizer.damaged', {
        file: OPTIMIZER_JSON,
        where: issue?.path.join('.') ?? '',
        error: issue?.message ?? t('models:fileCheck.invalid'),
      }),
    };
  }
  const specs = checkWeightSpecs(parsed.data.weights);
  const inFile = (file: string, problem: string) => t('models:fileCheck.inFile', { file, problem });
  if (!specs.ok) return { ok: false, error: inFile(OPTIMIZER_JSON, specs.error) };
  const bytesProblem = checkWeightBytes(specs.value, bytes.byteLength);
  if (bytesProblem) return { ok: false, error: inFile(OPTIMIZER_BIN, bytesProblem) };
  return {
    ok: true,
    value: { optimizer: parsed.data.optimizer, weightSpecs: specs.value, weightData: bytes },
  };
}

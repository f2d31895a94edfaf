/** Fixtures for the link tests: the app's starting setup, and links made from any JSON. */
import { deflateSync, strToU8 } from 'fflate';
import { buildDataset } from '../data/dataset';
import { DEFAULT_DATASET_SPEC } from '../data/dataset-spec';
import { datasetIO } from '../model/network-spec';
import { recipeSetup } from '../model/recipes';
import { toBase64Url } from './base64url';
import type { RunConfig } from './run-config';

let n = 0;
const start = recipeSetup('circle', datasetIO(buildDataset(DEFAULT_DATASET_SPEC)), () => `h${++n}`);

/** The app's starting setup, built as the store builds it. */
export const STARTING_CONFIG: RunConfig = {
  dataset: DEFAULT_DATASET_SPEC,
  ...start,
  backend: 'auto',
};

/** Any text packed as a setup is: deflated, then base64url. */
export const packText = (text: string): string => toBase64Url(deflateSync(strToU8(text)));

/** An encoded setup whose payload is this JSON value: a hand-made, possibly hostile, link. */
export const linkOf = (payload: unknown): string => packText(JSON.stringify(payload));

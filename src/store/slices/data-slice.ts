/**
 * The data slice: the dataset spec being edited, the data built from the
 * last valid one, loads in progress, tables read this session, and the
 * bookkeeping that decides which of several overlapping loads may apply.
 */
import { buildDataset, type Dataset } from '../../core/data/dataset';
import {
  DEFAULT_DATASET_SPEC,
  type DatasetSourceKind,
  type DatasetSpec,
  type SyntheticSpec,
  type TableSpec,
} from '../../core/data/dataset-spec';
import type { TableSummary } from '../../core/data/table';
import type { TableReport } from '../../core/data/table-build';
import type { Notice } from './notice';
import type { SliceCreator } from './types';

/** A dataset being fetched or built off the main thread. */
interface DataLoading {
  /** What it will become, or null while a file is still being read. */
  spec: DatasetSpec | null;
  /** The source chosen, known before its spec is. */
  kind: DatasetSourceKind | null;
  /** For the status line: "Loading digits…". */
  label: string;
  /** The datasetSpec when it started; a load is stale once that changes. */
  base: DatasetSpec;
}

export interface DataSlice {
  datasetSpec: DatasetSpec;
  /** The last valid spec's data, for drawing. */
  dataset: Dataset;
  datasetError: string | null;
  /** A dataset being loaded or built, or null. */
  dataLoading: DataLoading | null;
  /** The last data message: a refused file, a failed load. */
  dataMessage: Notice;
  /** Tables read this session (shipped and uploaded), by content hash: columns and preview. */
  tables: Record<string, TableSummary>;
  /** How the current table dataset was built (rows dropped or filled, classes), or null. */
  tableReport: TableReport | null;
  /** Table choices that could not be applied, and why; the data in use is unchanged. */
  tableDraft: { spec: TableSpec; error: string; base: DatasetSpec } | null;
  /** A saved model's CSV spec, waiting for its file to be uploaded again. */
  awaitingUpload: TableSpec | null;
  /** The last uploaded CSV's spec that was used, for the Dataset menu. */
  lastCsv: TableSpec | null;
  /** Each new data request takes the next number; only the latest may apply. */
  dataRequest: number;
  /** The last applied spec of each kind, so switching back restores its settings. */
  rememberedSpecs: Partial<Record<DatasetSourceKind, DatasetSpec>>;
  /** The last synthetic spec applied: its sample count and noise carry over to other kinds. */
  lastSynthetic: SyntheticSpec | null;
}

/** Built once: every reset starts from the same data object. */
export const INITIAL_DATASET = buildDataset(DEFAULT_DATASET_SPEC);

export const initialDataState = (): DataSlice => ({
  datasetSpec: DEFAULT_DATASET_SPEC,
  dataset: INITIAL_DATASET,
  datasetError: null,
  dataLoading: null,
  dataMessage: null,
  tables: {},
  tableReport: null,
  tableDraft: null,
  awaitingUpload: null,
  lastCsv: null,
  dataRequest: 0,
  rememberedSpecs: {},
  lastSynthetic: null,
});

export const createDataSlice: SliceCreator<DataSlice> = () => initialDataState();

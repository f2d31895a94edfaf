/** What the data controls show while something loads or a table choice was refused. */
import {
  isTable,
  type DatasetSourceKind,
  type DatasetSpec,
  type TableSpec,
} from '../../core/data/dataset-spec';
import type { AppState } from '../store';

/** The spec the data controls show: the one loading, or the current one. */
export function selectShownSpec(s: AppState): DatasetSpec {
  const loading = s.dataLoading;
  return loading?.spec && loading.base === s.datasetSpec ? loading.spec : s.datasetSpec;
}

/** The source the Dataset menu shows: the one loading, or the current one. */
export function selectShownKind(s: AppState): DatasetSourceKind {
  const loading = s.dataLoading;
  return (loading?.base === s.datasetSpec && loading.kind) || s.datasetSpec.kind;
}

/** The table choices the column editor shows: a refused draft, a loading spec, or the current one. */
export function selectShownTable(s: AppState): TableSpec | null {
  if (s.tableDraft && s.tableDraft.base === s.datasetSpec) return s.tableDraft.spec;
  const shown = selectShownSpec(s);
  return isTable(shown) ? shown : null;
}

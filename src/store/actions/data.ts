/**
 * Choosing and shaping the data. Synthetic sets are generated here at once;
 * digits and tables are fetched, parsed and built by the data service (in
 * its worker) and replace the current dataset only when they are ready and
 * valid. A bad file or a failed load leaves the current dataset in place
 * with a message. The engine receives the data when a run starts (see
 * ensureEngineData).
 */
import { saidNotice } from '../slices/notice';
import { buildDataset } from '../../core/data/dataset';
import {
  DEFAULT_DATASET_SPEC,
  DEFAULT_DIGITS,
  TABLE_KINDS,
  datasetSpecSchema,
  describeSpec,
  isMnist,
  isSynthetic,
  isTable,
  kindLabel,
  syntheticKind,
  tableSpecSchema,
  type DatasetSourceKind,
  type DatasetSpec,
  type SyntheticKind,
  type SyntheticSpec,
  type TableSpec,
} from '../../core/data/dataset-spec';
import { fail, ok, type Result } from '../../core/data/result';
import { defaultTableSpec, withLabel } from '../../core/data/table-choice';
import { formatInt } from '../../core/format';
import { stableStringify } from '../../core/stable-json';
import { t } from '../../i18n';
import { dataApi } from '../../worker/data-client';
import { engineApi } from '../engine-ref';
import { buildDigits, buildTable, loadShippedTable } from '../data/data-loaders';
import { selectShownSpec, selectShownTable } from '../data/data-selectors';
import { useStore, type AppState } from '../store';
import { datasetPicked } from './recipe';
import { showToast } from './toasts';

export { selectShownKind, selectShownSpec, selectShownTable } from '../data/data-selectors';

/** Any field of any spec kind; the result is validated as a whole. */
export type DatasetPatch = Partial<Record<string, unknown>> & Partial<SyntheticSpec>;

/** Start a new data request: it cancels the ones before it (only the latest may apply). */
function newRequest(): number {
  useStore.setState((s) => ({ dataRequest: s.dataRequest + 1 }));
  return useStore.getState().dataRequest;
}

/** The number of the latest data request. */
const latestRequest = (): number => useStore.getState().dataRequest;

const firstIssue = (error: { issues: { path: PropertyKey[]; message: string }[] }): string => {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(' ') ?? '';
  const message = issue?.message ?? t('data:actions.invalid');
  return t('data:actions.issue', { field, message }).replace(/ {2,}/g, ' ');
};

function applied(spec: DatasetSpec, patch: Partial<AppState>): void {
  useStore.setState((s) => ({
    rememberedSpecs: { ...s.rememberedSpecs, [spec.kind]: spec },
    ...(isSynthetic(spec) && { lastSynthetic: spec }),
    ...(spec.kind === 'csv' && { lastCsv: spec as TableSpec, awaitingUpload: null }),
    datasetSpec: spec,
    datasetError: null,
    dataLoading: null,
    tableDraft: null,
    tableReport: null,
    ...patch,
  }));
}

/** Build a spec's data (async for digits and tables); apply it if it is still the latest request. */
async function applySpec(spec: DatasetSpec, id = newRequest()): Promise<Result<void>> {
  if (isSynthetic(spec)) {
    applied(spec, { dataset: buildDataset(spec), dataMessage: null });
    return ok(undefined);
  }
  const base = useStore.getState().datasetSpec;
  const label = isMnist(spec)
    ? t('data:actions.loadingDigits')
    : t('data:actions.preparing', { name: spec.file.name });
  useStore.setState({ dataLoading: { spec, kind: spec.kind, label, base } });
  const built = isMnist(spec) ? await buildDigits(spec) : await buildTable(spec);
  if (id !== latestRequest()) return fail(t('data:actions.replaced'));
  if (!built.ok) {
    useStore.setState((s) => ({
      dataLoading: null,
      ...(isTable(spec)
        ? { tableDraft: { spec, error: built.error, base: s.datasetSpec }, dataMessage: null }
        : { dataMessage: { kind: 'error', text: built.error } }),
    }));
    return built;
  }
  applied(spec, { ...built.value, dataMessage: null });
  return ok(undefined);
}

/**
 * Change fields of the shown spec (samples, noise, seed, split, classes).
 * Invalid values are kept with a message and block training; the data drawn
 * stays the last valid one.
 */
export function setDatasetSpec(patch: DatasetPatch): void {
  const s = useStore.getState();
  const spec = { ...selectShownSpec(s), ...patch } as DatasetSpec;
  const parsed = datasetSpecSchema.safeParse(spec);
  if (!parsed.success) {
    newRequest();
    useStore.setState({
      datasetSpec: spec,
      datasetError: firstIssue(parsed.error),
      dataLoading: null,
    });
    return;
  }
  void applySpec(parsed.data as DatasetSpec);
}

/** Draw a new sample of the same kind (next seed). */
export function regenerateData(): void {
  setDatasetSpec({ seed: (selectShownSpec(useStore.getState()).seed + 1) % 2 ** 31 });
}

/**
 * Switch to another source, restoring its last settings where there are
 * some; once its data is in place, the network and settings follow it (see
 * actions/recipe.ts).
 */
export async function selectDataset(kind: DatasetSourceKind): Promise<void> {
  await switchDataset(kind);
  if (useStore.getState().datasetSpec.kind === kind) datasetPicked(kind);
}

async function switchDataset(kind: DatasetSourceKind): Promise<void> {
  const s = useStore.getState();
  const current = selectShownSpec(s);
  const { seed, split } = current;
  const last = s.rememberedSpecs[kind];
  useStore.setState({ dataMessage: null, tableDraft: null });
  if (last) {
    await applySpec({ ...last, split } as DatasetSpec);
    return;
  }
  if (kind === 'mnist') {
    await applySpec({ kind, samples: DEFAULT_DIGITS, seed, split });
    return;
  }
  if (kind === 'csv') {
    useStore.setState({
      dataMessage: saidNotice('info', () => t('data:actions.uploadFirst')),
    });
    return;
  }
  const table = TABLE_KINDS.find((k) => k.id === kind);
  if (table) {
    const id = newRequest();
    useStore.setState({
      dataLoading: {
        spec: null,
        kind,
        label: t('data:actions.loading', { name: String(table.file) }),
        base: s.datasetSpec,
      },
    });
    const hash = await loadShippedTable(table.id);
    if (id !== latestRequest()) return;
    if (!hash.ok) {
      useStore.setState({ dataLoading: null, dataMessage: { kind: 'error', text: hash.error } });
      return;
    }
    const summary = useStore.getState().tables[hash.value];
    if (summary) await applySpec(defaultTableSpec(table.id, summary, { seed, split }), id);
    return;
  }
  const k = syntheticKind(kind as SyntheticKind);
  const prev = isSynthetic(current) ? current : useStore.getState().lastSynthetic;
  await applySpec({
    kind: k.id,
    samples: prev?.samples ?? 400,
    noise: prev?.noise ?? DEFAULT_DATASET_SPEC.noise,
    seed,
    split,
    ...('classes' in k && { classes: k.classes.default }),
  });
}

/** Read an uploaded CSV file; use it when it can be, else say why and keep the current data. */
export async function uploadCsv(file: File): Promise<void> {
  const startedAt = latestRequest();
  const s = useStore.getState();
  useStore.setState({
    dataMessage: null,
    dataLoading: {
      spec: null,
      kind: null,
      label: t('data:actions.reading', { name: file.name }),
      base: s.datasetSpec,
    },
  });
  const parsed = await dataApi().parseFile(file, file.name);
  if (!parsed.ok) {
    useStore.setState((st) => ({
      dataLoading: startedAt === st.dataRequest ? null : st.dataLoading,
      dataMessage: { kind: 'error', text: parsed.error },
    }));
    return;
  }
  const summary = parsed.value;
  useStore.setState((st) => ({ tables: { ...st.tables, [summary.file.hash]: summary } }));
  // Something else was chosen while the file was read: keep that, offer the file.
  if (startedAt !== latestRequest()) return;
  const { seed, split } = selectShownSpec(useStore.getState());
  const waiting = useStore.getState().awaitingUpload;
  const spec =
    waiting && waiting.file.hash === summary.file.hash
      ? waiting
      : defaultTableSpec('csv', summary, { seed, split });
  const applied = await applySpec(spec);
  if (!applied.ok) return;
  datasetPicked('csv');
  showToast(t('data:actions.imported', { name: file.name, rows: formatInt(summary.file.rows) }));
}

/** Change the table choices (label, features, task, missing values, scaling). */
export function setTableSpec(patch: Partial<TableSpec>): void {
  const s = useStore.getState();
  const shown = selectShownTable(s);
  if (!shown) return;
  const spec = { ...shown, ...patch };
  const parsed = tableSpecSchema.safeParse(spec);
  if (!parsed.success) {
    newRequest();
    useStore.setState({
      dataLoading: null,
      tableDraft: {
        spec,
        error: parsed.error.issues[0]?.message ?? t('data:actions.invalidChoice'),
        base: s.datasetSpec,
      },
    });
    return;
  }
  void applySpec(parsed.data);
}

/** Make `name` the label column: the old label goes back to the features. */
export function setTableLabel(name: string): void {
  const s = useStore.getState();
  const shown = selectShownTable(s);
  const summary = shown && s.tables[shown.file.hash];
  if (!shown || !summary) return;
  setTableSpec(withLabel(shown, summary, name));
}

/**
 * Recreate the data of a spec (a loaded model's, a shared link's) and make
 * it current. Fails with a message, keeping the current data, when it
 * cannot be: an uploaded CSV must be uploaded again first.
 */
export async function applyDatasetSpec(raw: unknown): Promise<Result<void>> {
  const parsed = datasetSpecSchema.safeParse(raw);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const result = await applySpec(parsed.data as DatasetSpec);
  if (!result.ok) {
    useStore.setState({
      dataMessage: saidNotice('error', () =>
        t('data:actions.notApplied', {
          kind: kindLabel(parsed.data.kind),
          description: describeSpec(parsed.data as DatasetSpec),
          error: result.error,
        }),
      ),
    });
  }
  return result;
}

/** Identity of the current data, shared with the engine. */
export function currentDatasetKey(): string {
  return stableStringify(useStore.getState().datasetSpec);
}

/** Send the current data to the engine unless it already holds it. Returns its key. */
export async function ensureEngineData(): Promise<string> {
  const key = currentDatasetKey();
  const api = engineApi();
  if ((await api.datasetKey()) !== key) await api.setDataset(key, useStore.getState().dataset);
  return key;
}

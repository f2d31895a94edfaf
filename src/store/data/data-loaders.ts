/**
 * Building the data that does not come from a generator: the digits and the
 * tables, through the data service. Each returns the store fields to set, or
 * a message; none of them applies anything (see actions/data.ts).
 */
import {
  TABLE_KINDS,
  type MnistSpec,
  type TableKind,
  type TableSpec,
} from '../../core/data/dataset-spec';
import { fail, ok, type Result } from '../../core/data/result';
import { formatInt } from '../../core/format';
import { t } from '../../i18n';
import { useStore } from '../store';
import { assetUrl, dataApi } from '../../worker/data-client';

export async function buildDigits(spec: MnistSpec) {
  const api = dataApi();
  const loaded = await api.loadDigits(assetUrl('data/mnist-digits.bin'));
  if (!loaded.ok) return loaded;
  const ds = await api.buildDigits(spec);
  return ds.ok ? ok({ dataset: ds.value }) : ds;
}

export async function buildTable(spec: TableSpec) {
  const api = dataApi();
  if (!(await api.hasTable(spec.file.hash))) {
    const info = TABLE_KINDS.find((k) => k.id === spec.kind);
    if (!info?.url) {
      useStore.setState({ awaitingUpload: spec });
      const rows = formatInt(spec.file.rows);
      return fail(t('data:actions.uploadAgain', { name: spec.file.name, rows }));
    }
    const read = await loadShippedTable(spec.kind);
    if (!read.ok) return read;
    if (read.value !== spec.file.hash) {
      return fail(
        t('data:actions.shippedChanged', {
          name: spec.file.name,
          found: read.value,
          expected: spec.file.hash,
        }),
      );
    }
  }
  const built = await api.buildTable(spec);
  return built.ok ? ok({ dataset: built.value.dataset, tableReport: built.value.report }) : built;
}

/** Fetch and parse a table shipped in public/data; returns its content hash. */
export async function loadShippedTable(kind: TableKind): Promise<Result<string>> {
  const info = TABLE_KINDS.find((k) => k.id === kind);
  if (!info?.url) return fail(t('data:actions.notShipped', { kind }));
  const summary = await dataApi().fetchTable(assetUrl(info.url), info.file);
  if (!summary.ok) return summary;
  useStore.setState((s) => ({ tables: { ...s.tables, [summary.value.file.hash]: summary.value } }));
  return ok(summary.value.file.hash);
}

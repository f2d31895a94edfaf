import type { TFunction } from 'i18next';
import {
  isMnist,
  isSynthetic,
  isTable,
  testPercent,
  type SplitSpec,
} from '../../core/data/dataset-spec';
import { selectShownSpec, selectShownTable } from '../../store/actions/data';
import { useStore } from '../../store/store';
import { NoticeLine, Panel } from '../common/Panel';
import { Fold } from '../common/Fold';
import { CsvUpload } from './CsvUpload';
import { DatasetPicker } from './DatasetPicker';
import { DigitGrid } from './DigitGrid';
import { DigitsControls } from './DigitsControls';
import { FeatureScatter } from './FeatureScatter';
import { ScatterPlot } from './ScatterPlot';
import { SplitControls } from './SplitControls';
import { SplitSummary } from './SplitSummary';
import { SeedRow, SyntheticControls } from './SyntheticControls';
import { TablePreview } from './TablePreview';
import { TableSetup } from './TableSetup';
import { useTranslation } from '../../i18n/react';
import './data.css';

/** What the folded split says: "Split: train 60%, validation 20%, test 20%". */
function splitSummary(t: TFunction<'data'>, split: SplitSpec): string {
  const test = Math.max(0, testPercent(split));
  return t('split.summary', { train: split.train, validation: split.validation, test });
}

/** Step 1: pick or upload data and see it first, then shape it and split it. */
export function DataPanel() {
  const { t } = useTranslation('data');
  const spec = useStore(selectShownSpec);
  const tableSpec = useStore(selectShownTable);
  const table = useStore((s) => (tableSpec ? s.tables[tableSpec.file.hash] : undefined));
  const dataset = useStore((s) => s.dataset);
  const applied = useStore((s) => s.datasetSpec);
  const error = useStore((s) => s.datasetError);
  const loading = useStore((s) => s.dataLoading);
  const message = useStore((s) => s.dataMessage);
  return (
    <Panel title={t('panel.title')} id="data">
      <DatasetPicker />
      {loading && (
        <p className="notice info" role="status" data-testid="data-loading">
          {loading.label}
        </p>
      )}
      {error && (
        <p className="notice error" role="alert" data-testid="data-error">
          {error}
        </p>
      )}
      <NoticeLine notice={message} testId="data-message" />
      {isSynthetic(applied) && <ScatterPlot dataset={dataset} plane />}
      {isMnist(applied) && <DigitGrid dataset={dataset} />}
      {isSynthetic(spec) && <SyntheticControls spec={spec} />}
      {isMnist(spec) && <DigitsControls spec={spec} />}
      {tableSpec && table && <TableSetup spec={tableSpec} table={table} />}
      {isTable(spec) && <SeedRow seed={spec.seed} />}
      {isTable(applied) && <FeatureScatter dataset={dataset} />}
      <Fold id="data-split" summary={splitSummary(t, spec.split)}>
        <SplitControls split={spec.split} />
      </Fold>
      <SplitSummary
        dataset={dataset}
        testPercent={testPercent(applied.split)}
        generated={isSynthetic(applied)}
      />
      {tableSpec && table && <TablePreview table={table} />}
      <h3>{t('panel.ownData')}</h3>
      <CsvUpload />
    </Panel>
  );
}

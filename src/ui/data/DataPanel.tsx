import { isMnist, isSynthetic, isTable, testPercent } from '../../core/data/dataset-spec';
import { selectShownSpec, selectShownTable } from '../../store/actions/data';
import { useStore } from '../../store/store';
import { NoticeLine, Panel } from '../common/Panel';
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
import './data.css';

/** Step 1: pick or upload data, shape it, split it, and see it. */
export function DataPanel() {
  const spec = useStore(selectShownSpec);
  const tableSpec = useStore(selectShownTable);
  const table = useStore((s) => (tableSpec ? s.tables[tableSpec.file.hash] : undefined));
  const dataset = useStore((s) => s.dataset);
  const applied = useStore((s) => s.datasetSpec);
  const error = useStore((s) => s.datasetError);
  const loading = useStore((s) => s.dataLoading);
  const message = useStore((s) => s.dataMessage);
  return (
    <Panel title="1 · Data" id="data">
      <DatasetPicker />
      {isSynthetic(spec) && <SyntheticControls spec={spec} />}
      {isMnist(spec) && <DigitsControls spec={spec} />}
      {tableSpec && table && <TableSetup spec={tableSpec} table={table} />}
      {isTable(spec) && <SeedRow seed={spec.seed} />}
      <SplitControls split={spec.split} />
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
      <SplitSummary dataset={dataset} testPercent={testPercent(applied.split)} />
      {isSynthetic(applied) && <ScatterPlot dataset={dataset} plane />}
      {isMnist(applied) && <DigitGrid dataset={dataset} />}
      {isTable(applied) && <FeatureScatter dataset={dataset} />}
      {tableSpec && table && <TablePreview table={table} />}
      <h3>Your own data</h3>
      <CsvUpload />
    </Panel>
  );
}

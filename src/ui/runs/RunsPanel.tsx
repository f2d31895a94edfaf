import { useStore } from '../../store/store';
import { NoticeLine, Panel } from '../common/Panel';
import { ComparisonChart } from './ComparisonChart';
import { RunsTable } from './RunsTable';
import { RunsToolbar } from './RunsToolbar';
import { SweepForm } from './SweepForm';
import { SweepSummary } from './SweepSummary';
import './runs.css';
import { useTranslation } from '../../i18n/react';

/** Every run kept: the table, the selected runs compared in one chart, and sweeps. */
export function RunsPanel() {
  const { t } = useTranslation('runs');
  const message = useStore((s) => s.runsMessage);
  const count = useStore((s) => s.runs.length);
  return (
    <Panel title={t('panel.title')} id="runs">
      <RunsToolbar />
      <NoticeLine notice={message} testId="runs-message" />
      {count === 0 ? <p className="muted">{t('panel.empty')}</p> : <RunsTable />}
      <div className="runs-lower">
        <ComparisonChart />
        <div>
          <SweepForm />
          <SweepSummary />
        </div>
      </div>
    </Panel>
  );
}

import { TrainingCharts } from '../ui/charts/TrainingCharts';
import { StatusBar } from '../ui/common/StatusBar';
import { Panel } from '../ui/common/Panel';
import { DataPanel } from '../ui/data/DataPanel';
import { ModelsPanel } from '../ui/models/ModelsPanel';
import { NetworkPanel } from '../ui/network/NetworkPanel';
import { PredictPanel } from '../ui/predict/PredictPanel';
import { EvaluatePanel } from '../ui/evaluate/EvaluatePanel';
import { InsidePanel } from '../ui/inside/InsidePanel';
import { RunsPanel } from '../ui/runs/RunsPanel';
import { HyperPanel } from '../ui/training/HyperPanel';
import { TrainControls } from '../ui/training/TrainControls';
import { CopyLink } from '../ui/share/CopyLink';
import { GuidesButton } from '../ui/guides/GuidesButton';
import { StartupNotice } from '../ui/share/StartupNotice';
import { GlossaryOpener } from '../ui/learn/Glossary';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { HeaderTools } from '../ui/shell/HeaderTools';
import { useTranslation } from '../i18n/react';

/**
 * The page, in the order of the work: data, network, training and its
 * results side by side on one screen (the workbench); then what comes after a
 * run (inside the network, evaluation, prediction, models) and every run kept.
 * Header buttons go in `app-tools`.
 */
export function App() {
  const { t } = useTranslation('shell');
  return (
    <div className="app">
      <header className="app-head">
        <h1>{t('app.title')}</h1>
        <StatusBar />
        <div className="app-tools">
          <GuidesButton />
          <GlossaryOpener />
          <CopyLink />
          <HeaderTools />
        </div>
      </header>
      <StartupNotice />
      <UpdatePrompt />
      <main>
        <div className="workbench">
          <DataPanel />
          <NetworkPanel />
          <Panel title={t('panels.train')} id="train">
            <TrainControls />
            <HyperPanel />
          </Panel>
          <Panel title={t('panels.results')} id="results">
            <TrainingCharts />
          </Panel>
        </div>
        <div className="after-run">
          <InsidePanel />
          <EvaluatePanel />
          <Panel title={t('panels.predict')} id="predict">
            <PredictPanel />
          </Panel>
          <ModelsPanel />
        </div>
        <div className="runs-panel-wide">
          <RunsPanel />
        </div>
      </main>
    </div>
  );
}

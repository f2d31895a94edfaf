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

/** The page: data → network → training → results → evaluation → prediction, left to right; models under the data; every run kept, compared and swept below. */
export function App() {
  return (
    <div className="app">
      <header className="app-head">
        <h1>Neural Network Playground</h1>
        <StatusBar />
        <GuidesButton />
        <CopyLink />
      </header>
      <StartupNotice />
      <main className="columns">
        <div className="column">
          <DataPanel />
          <ModelsPanel />
        </div>
        <div className="column">
          <NetworkPanel />
          <InsidePanel />
        </div>
        <div className="column">
          <Panel title="3 · Train" id="train">
            <HyperPanel />
            <TrainControls />
          </Panel>
          <Panel title="4 · Results" id="results">
            <TrainingCharts />
          </Panel>
          <EvaluatePanel />
          <Panel title="6 · Predict" id="predict">
            <PredictPanel />
          </Panel>
        </div>
      </main>
      <div className="runs-panel-wide">
        <RunsPanel />
      </div>
    </div>
  );
}

import { Panel } from '../common/Panel';

/** Step 6: judge the model on the held-out test split. */
export function EvaluatePanel() {
  return (
    <Panel title="5 · Evaluate" id="evaluate">
      <p className="help">Evaluate the model on the test split it never saw.</p>
    </Panel>
  );
}

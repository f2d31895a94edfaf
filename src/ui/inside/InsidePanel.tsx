import { useTranslation } from '../../i18n/react';
import { Panel } from '../common/Panel';
import { NeuronMaps } from './NeuronMaps';
import { WeightViews } from './WeightViews';
import './inside.css';

/** Step 5, after a run: what the network has learned: per-neuron maps, weight histograms, first-layer filters. */
export function InsidePanel() {
  const { t } = useTranslation('inside');
  return (
    <Panel title={t('panel')} id="inside">
      <NeuronMaps />
      <WeightViews />
    </Panel>
  );
}

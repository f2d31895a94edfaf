import { useState } from 'react';
import type { Dataset } from '../../core/data/dataset';
import { useTranslation } from '../../i18n/react';
import { ChoiceField } from '../common/ChoiceField';
import { useNextTask } from '../common/use-next-task';
import { ScatterPlot } from './ScatterPlot';

/**
 * Two chosen inputs of a table plotted against each other (after scaling),
 * drawn a task after new data arrives (a long table's points take a while).
 */
export function FeatureScatter({ dataset: latest }: { dataset: Dataset }) {
  const dataset = useNextTask(latest);
  return dataset ? <FeaturePlot dataset={dataset} /> : <div className="feature-scatter" />;
}

function FeaturePlot({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation('data');
  const names = dataset.featureNames;
  const [axes, setAxes] = useState<[string, string]>([names[0] ?? '', names[1] ?? names[0] ?? '']);
  const index = (name: string, fallback: number) => {
    const i = names.indexOf(name);
    return i >= 0 ? i : Math.min(fallback, names.length - 1);
  };
  const xi = index(axes[0], 0);
  const yi = index(axes[1], 1);
  if (names.length === 0) return null;
  const select = (id: string, label: string, value: number, set: (name: string) => void) => (
    <ChoiceField
      id={id}
      label={label}
      value={names[value] ?? ''}
      options={names.map((n) => ({ id: n, label: n }))}
      onChange={set}
    />
  );
  return (
    <div className="feature-scatter">
      <div className="row">
        {select('scatter-x', t('scatter.plotAcross'), xi, (n) => setAxes([n, axes[1]]))}
        {select('scatter-y', t('scatter.plotUp'), yi, (n) => setAxes([axes[0], n]))}
      </div>
      <ScatterPlot dataset={dataset} xIndex={xi} yIndex={yi} />
    </div>
  );
}

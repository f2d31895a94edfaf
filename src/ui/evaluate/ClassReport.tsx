import { useState } from 'react';
import type { Dataset } from '../../core/data/dataset';
import type { ClassificationMetrics } from '../../core/metrics';
import { useTranslation } from '../../i18n/react';
import type { ClassPredictions } from '../../worker/protocol';
import { CellExamples } from './CellExamples';
import { ClassTable } from './ClassTable';
import { ConfusionMatrix } from './ConfusionMatrix';

/**
 * A classifier's test result in detail: per-class scores, the confusion
 * matrix, and the examples of the cell the user picks. Without per-sample
 * predictions (a result read from a saved model) the cells cannot be opened.
 */
export function ClassReport({
  metrics,
  classNames,
  predictions,
  dataset,
}: {
  metrics: ClassificationMetrics;
  classNames: string[];
  predictions: ClassPredictions | null;
  dataset: Dataset | null;
}) {
  const { t } = useTranslation('evaluate');
  const [cell, setCell] = useState<{ t: number; p: number } | null>(null);
  if (metrics.perClass.length === 0) {
    return <p className="help">{t('classes.notKept', { n: classNames.length })}</p>;
  }
  const browsable = predictions && dataset ? { predictions, dataset } : null;
  return (
    <>
      <ClassTable metrics={metrics} classNames={classNames} />
      <ConfusionMatrix
        confusion={metrics.confusion}
        classNames={classNames}
        selected={cell}
        onSelect={
          browsable
            ? (actual, p) => setCell(cell?.t === actual && cell.p === p ? null : { t: actual, p })
            : null
        }
      />
      {cell && browsable && (
        <CellExamples
          {...browsable}
          trueClass={cell.t}
          predictedClass={cell.p}
          classNames={classNames}
          onClose={() => setCell(null)}
        />
      )}
    </>
  );
}

/**
 * The Predict panel: what it offers follows the data. A 2-D set: predict
 * at a point (typed or clicked on the plot) and a CSV of points. Digits:
 * draw one. A table: a form for one row and a CSV of rows. It says plainly
 * when there is no model or the model does not fit the current data.
 */
import { isMnist, isSynthetic, isTable } from '../../core/data/dataset-spec';
import { useTranslation } from '../../i18n/react';
import { selectPredictProblem } from '../../store/actions/predict';
import { useStore } from '../../store/store';
import { BatchPredict } from './BatchPredict';
import { DrawDigit } from './DrawDigit';
import { PointProbe } from './PointProbe';
import { TabularForm } from './TabularForm';
import './predict.css';
import { Explain } from '../learn/Explain';

export function PredictPanel() {
  const { t } = useTranslation('predict');
  const spec = useStore((s) => s.datasetSpec);
  const hasModel = useStore((s) => s.model !== null);
  const problem = useStore(selectPredictProblem);
  const blocked = problem !== null;
  const noModel = isSynthetic(spec)
    ? t('panel.noModelPoint')
    : isMnist(spec)
      ? t('panel.noModelDigit')
      : t('panel.noModelTable');
  return (
    <div className="predict">
      <div className="explain-corner">
        <Explain concept="prediction" />
      </div>
      {!hasModel ? (
        <p className="help" data-testid="predict-problem">
          {noModel}
        </p>
      ) : (
        problem && (
          <p className="notice error" role="alert" data-testid="predict-problem">
            {problem}
          </p>
        )
      )}
      {isSynthetic(spec) && (
        <>
          <PointProbe blocked={blocked} />
          <BatchPredict blocked={blocked} />
        </>
      )}
      {isMnist(spec) && <DrawDigit blocked={blocked} />}
      {isTable(spec) && (
        <>
          <TabularForm blocked={blocked} />
          <BatchPredict blocked={blocked} />
        </>
      )}
    </div>
  );
}

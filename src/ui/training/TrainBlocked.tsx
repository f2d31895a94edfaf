import { useMemo } from 'react';
import { networkFixes } from '../../core/model/network-fixes';
import { datasetIO } from '../../core/model/network-spec';
import { applyFix } from '../../store/actions/recipe';
import { useTranslation } from '../../i18n/react';
import { useStore } from '../../store/store';

/**
 * Why Train is disabled, next to the button, with one-click fixes when the
 * network does not fit the data (a Flatten, or the dataset's own network).
 */
export function TrainBlocked({ reason }: { reason: string }) {
  const { t } = useTranslation('training');
  const network = useStore((s) => s.network);
  const dataset = useStore((s) => s.dataset);
  const kind = useStore((s) => s.datasetSpec.kind);
  const fixes = useMemo(
    () => networkFixes(network, datasetIO(dataset), kind),
    [network, dataset, kind],
  );
  return (
    <div className="notice error train-blocked" role="alert" data-testid="train-blocked">
      <p>{t('controls.blocked', { reason })}</p>
      {fixes.length > 0 && (
        <p className="buttons">
          {fixes.map((f) => (
            <button key={f.id} type="button" onClick={() => applyFix(f)}>
              {f.label}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}

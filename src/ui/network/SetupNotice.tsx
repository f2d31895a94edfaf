import { kindLabel } from '../../core/data/dataset-spec';
import { describeSetup, RECIPES, recipeSetup } from '../../core/model/recipes';
import { datasetIO } from '../../core/model/network-spec';
import { useTranslation } from '../../i18n/react';
import { applyRecipe, dismissSetupNotice, setupNoticeText } from '../../store/actions/recipe';
import { useStore } from '../../store/store';

/**
 * What the last starting point set ("Set up for Spiral: …"), or, when the
 * user's own network and settings were kept for new data, the recipe that
 * data would start with, one click away.
 */
export function SetupNotice() {
  const { t } = useTranslation('network');
  const notice = useStore((s) => s.setupNotice);
  const setupKind = useStore((s) => s.setup.kind);
  const kind = useStore((s) => s.datasetSpec.kind);
  const dataset = useStore((s) => s.dataset);
  if (notice) {
    return (
      <div className="notice info setup-notice" role="status" data-testid="setup-notice">
        <span>{setupNoticeText(notice)}</span>{' '}
        <button type="button" className="link" onClick={dismissSetupNotice}>
          {t('notice.dismiss')}
        </button>
      </div>
    );
  }
  if (setupKind === kind) return null;
  const suggested = recipeSetup(kind, datasetIO(dataset)).training;
  return (
    <div className="notice info setup-notice" data-testid="setup-suggestion">
      <span>
        {t('notice.kept', {
          data: kindLabel(kind),
          setup: describeSetup(RECIPES[kind].preset, suggested),
        })}
      </span>{' '}
      <button type="button" onClick={applyRecipe}>
        {t('notice.useRecommended')}
      </button>
    </div>
  );
}

import { kindLabel } from '../../core/data/dataset-spec';
import { describeSetup, RECIPES, recipeSetup } from '../../core/model/recipes';
import { datasetIO } from '../../core/model/network-spec';
import { applyRecipe, dismissSetupNotice } from '../../store/actions/recipe';
import { useStore } from '../../store/store';

/**
 * What the last starting point set ("Set up for Spiral: …"), or, when the
 * user's own network and settings were kept for new data, the recipe that
 * data would start with, one click away.
 */
export function SetupNotice() {
  const notice = useStore((s) => s.setupNotice);
  const setupKind = useStore((s) => s.setup.kind);
  const kind = useStore((s) => s.datasetSpec.kind);
  const dataset = useStore((s) => s.dataset);
  if (notice) {
    return (
      <div className="notice info setup-notice" role="status" data-testid="setup-notice">
        <span>{notice}</span>{' '}
        <button type="button" className="link" onClick={dismissSetupNotice}>
          Dismiss
        </button>
      </div>
    );
  }
  if (setupKind === kind) return null;
  const suggested = recipeSetup(kind, datasetIO(dataset)).training;
  return (
    <div className="notice info setup-notice" data-testid="setup-suggestion">
      <span>
        Your network and settings were kept. For {kindLabel(kind)} the playground starts with{' '}
        {describeSetup(RECIPES[kind].preset, suggested)}.
      </span>{' '}
      <button type="button" onClick={applyRecipe}>
        Use the recommended setup
      </button>
    </div>
  );
}

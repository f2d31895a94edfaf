/**
 * The training doctor's one-click fixes, each through the store's own
 * actions: the learning rate, gradient clipping and early stopping through
 * the training settings, the activation and initialiser through one
 * network edit (undoable with the editor's Undo), the input scaling
 * through the table setup. Each plan says what it will do and how to take
 * it back. A plan's label is read in the language shown when it is read,
 * so a fix already applied still reads right after the language changes.
 */
import { isTable } from '../../core/data/dataset-spec';
import type { FixId } from '../../core/doctor/diagnosis';
import type { LayerSpec, NetworkSpec } from '../../core/model/network-spec';
import { LEARNING_RATE_MAX, LEARNING_RATE_MIN } from '../../core/train/training-config';
import { t } from '../../i18n';
import { useStore } from '../store';
import { setTableSpec } from './data';
import { setNetwork, undo } from './network';
import { suggestedLearningRate } from './recipe';
import { setLearningRate, setTraining } from './training-config';

export interface FixPlan {
  id: FixId;
  /** The button's text ("Lower the learning rate to 0.003"), in the current language. */
  readonly label: string;
  /** Apply it; returns what takes it back. */
  apply(): () => void;
}

/** A rate rounded to one significant digit, within the allowed range. */
const roundRate = (r: number): number =>
  Math.min(LEARNING_RATE_MAX, Math.max(LEARNING_RATE_MIN, Number(r.toPrecision(1))));

/** A label looked up each time it is read. */
type Label = () => string;

function rateFix(id: FixId, rate: number, label: Label): FixPlan {
  return {
    id,
    get label() {
      return label();
    },
    apply() {
      const before = useStore.getState().training.learningRate;
      setLearningRate(rate);
      return () => setLearningRate(before);
    },
  };
}

/** One network edit; taken back with the editor's undo while it is the latest edit. */
function networkFix(id: FixId, label: Label, change: (l: LayerSpec) => LayerSpec): FixPlan {
  return {
    id,
    get label() {
      return label();
    },
    apply() {
      const before = useStore.getState().network;
      const next: NetworkSpec = { ...before, layers: before.layers.map(change) };
      setNetwork(next);
      return () => {
        if (useStore.getState().network === next) undo();
        else setNetwork(before);
      };
    },
  };
}

const isRelu = (l: LayerSpec): boolean => 'activation' in l && l.activation === 'relu';

/** How to apply fix `id` to the current settings, or null where it does not apply. */
export function fixPlan(id: FixId): FixPlan | null {
  const s = useStore.getState();
  const rate = s.model?.training.learningRate ?? s.training.learningRate;
  const suggested = suggestedLearningRate(s.training.optimizer);
  switch (id) {
    case 'lower-rate': {
      const to = roundRate(suggested < rate ? suggested : rate / 10);
      return to < rate
        ? rateFix(id, to, () => t('doctor:fix.lowerRate', { rate: String(to) }))
        : null;
    }
    case 'raise-rate': {
      const to = roundRate(suggested > rate ? suggested : rate * 10);
      return to > rate
        ? rateFix(id, to, () => t('doctor:fix.raiseRate', { rate: String(to) }))
        : null;
    }
    case 'clip-gradients':
      return s.training.clip.kind !== 'none'
        ? null
        : {
            id,
            get label() {
              return t('doctor:fix.clipGradients');
            },
            apply() {
              const before = useStore.getState().training.clip;
              setTraining({ clip: { kind: 'norm', threshold: 1 } });
              return () => setTraining({ clip: before });
            },
          };
    case 'leaky-relu':
      return s.network.layers.some(isRelu)
        ? networkFix(
            id,
            () => t('doctor:fix.leakyRelu'),
            (l) => (isRelu(l) ? ({ ...l, activation: 'leakyRelu' } as LayerSpec) : l),
          )
        : null;
    case 'he-init':
      return s.network.layers.some((l) => isRelu(l) && 'init' in l && l.init !== 'heNormal')
        ? networkFix(
            id,
            () => t('doctor:fix.heInit'),
            (l) => (isRelu(l) && 'init' in l ? ({ ...l, init: 'heNormal' } as LayerSpec) : l),
          )
        : null;
    case 'early-stopping': {
      const patience = s.training.earlyStopping.patience;
      return s.training.earlyStopping.enabled
        ? null
        : {
            id,
            get label() {
              return t('doctor:fix.earlyStopping', { patience });
            },
            apply() {
              const before = useStore.getState().training.earlyStopping;
              setTraining({ earlyStopping: { ...before, enabled: true, restoreBest: true } });
              return () => setTraining({ earlyStopping: before });
            },
          };
    }
    case 'scale-inputs': {
      const spec = s.datasetSpec;
      if (!isTable(spec) || spec.scaling !== 'none') return null;
      return {
        id,
        get label() {
          return t('doctor:fix.scaleInputs');
        },
        apply() {
          setTableSpec({ scaling: 'standardize' });
          return () => setTableSpec({ scaling: 'none' });
        },
      };
    }
  }
}

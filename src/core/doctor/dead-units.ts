/**
 * Units that never activate: a ReLU unit whose output is 0 for every
 * sample gets no gradient and never recovers. The engine measures, on one
 * fixed batch, how many units of each ReLU-family hidden layer are dead.
 */
import { t } from '../../i18n';
import type { DeadUnitLayer, DeadUnitReport, Diagnosis, Rule } from './diagnosis';

/** A layer with at least this share of dead units is reported. */
const LAYER_SHARE = 0.5;
/** ... and at least this many: one dead unit of two is not a pattern. */
const MIN_DEAD = 2;
/** Above this share of all hidden units the network can hardly learn: a problem, not a warning. */
const PROBLEM_SHARE = 0.9;

/** Share of all measured units that are dead, 0..1 (0 without a report). */
export function deadShare(report: DeadUnitReport | null): number {
  const units = report?.layers.reduce((a, l) => a + l.units, 0) ?? 0;
  const dead = report?.layers.reduce((a, l) => a + l.dead, 0) ?? 0;
  return units > 0 ? dead / units : 0;
}

/** The layer with the largest share of dead units, or null. */
function worstLayer(layers: readonly DeadUnitLayer[]): DeadUnitLayer | null {
  let worst: DeadUnitLayer | null = null;
  for (const l of layers)
    if (l.units > 0 && (!worst || l.dead / l.units > worst.dead / worst.units)) worst = l;
  return worst;
}

export const deadUnits: Rule = (input): Diagnosis | null => {
  const report = input.deadUnits;
  const worst = report && worstLayer(report.layers);
  if (!report || !worst || worst.dead < MIN_DEAD || worst.dead / worst.units < LAYER_SHARE)
    return null;
  const share = deadShare(report);
  return {
    id: 'dead-units',
    severity: share >= PROBLEM_SHARE ? 'problem' : 'warning',
    title: t('doctor:deadUnits.title'),
    message: t('doctor:deadUnits.message', {
      dead: worst.dead,
      units: worst.units,
      layer: worst.name,
      samples: report.samples,
      epoch: report.epoch,
    }),
    evidence: [
      {
        label: t('doctor:deadUnits.inLayer', { layer: worst.name }),
        value: worst.dead / worst.units,
        format: 'percent',
      },
      { label: t('doctor:deadUnits.inAll'), value: share, format: 'percent' },
      { label: t('doctor:deadUnits.checkedAt'), value: report.epoch, format: 'epoch' },
    ],
    fixes: ['lower-rate', 'leaky-relu', 'he-init'],
  };
};

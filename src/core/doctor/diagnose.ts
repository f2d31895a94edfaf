/**
 * The training doctor: every rule over one run, problems first. Where two
 * rules describe one fault, the more specific stays: a loss at chance
 * level is also flat and also at the majority rate of balanced data.
 */
import { chanceLoss } from './chance-loss';
import { deadUnits } from './dead-units';
import type { Diagnosis, DiagnosisId, DoctorInput, Rule } from './diagnosis';
import { exploding } from './exploding';
import { flatLoss } from './flat-loss';
import { majorityClass } from './majority-class';
import { overfitting } from './overfitting';

export const RULES = {
  exploding,
  'chance-loss': chanceLoss,
  'dead-units': deadUnits,
  'flat-loss': flatLoss,
  'majority-class': majorityClass,
  overfitting,
} as const satisfies Record<DiagnosisId, Rule>;

/** Which diagnoses make which others redundant. */
const COVERS: Partial<Record<DiagnosisId, DiagnosisId[]>> = {
  exploding: ['flat-loss', 'chance-loss', 'overfitting'],
  'chance-loss': ['flat-loss', 'majority-class'],
  'dead-units': ['flat-loss'],
  'majority-class': ['flat-loss'],
};

/** What is wrong with a run, most serious first; empty when nothing is. */
export function diagnose(input: DoctorInput): Diagnosis[] {
  const found = Object.values(RULES).flatMap((rule) => rule(input) ?? []);
  const ids = new Set(found.map((d) => d.id));
  const covered = new Set([...ids].flatMap((id) => COVERS[id] ?? []));
  return found
    .filter((d) => !covered.has(d.id))
    .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
}

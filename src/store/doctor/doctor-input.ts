/**
 * What the training doctor reads from the store: the current model's
 * history and the settings it was trained with (not the ones being edited
 * since), the data's class counts (while it is still the data the model was
 * trained on) and scaling, the last dead-unit count.
 */
import { classCounts } from '../../core/data/dataset';
import { isTable } from '../../core/data/dataset-spec';
import { stableStringify } from '../../core/stable-json';
import { diagnose } from '../../core/doctor/diagnose';
import type { Diagnosis, DoctorInput } from '../../core/doctor/diagnosis';
import type { NetworkSpec } from '../../core/model/network-spec';
import type { AppState } from '../store';

/** The parts of the state the doctor depends on: each changes at most once per epoch during a run. */
export type DoctorState = Pick<
  AppState,
  | 'history'
  | 'deadUnits'
  | 'runDiverged'
  | 'dataset'
  | 'datasetSpec'
  | 'model'
  | 'training'
  | 'network'
>;

/** Hidden layers that end in plain ReLU (Dense, Conv2D or an Activation layer). */
export const hasReluHidden = (network: NetworkSpec): boolean =>
  network.layers.some((l) => 'activation' in l && l.activation === 'relu');

export function doctorInput(s: DoctorState): DoctorInput {
  const training = s.model?.training ?? s.training;
  const task = s.dataset.task;
  const spec = s.model?.dataset ?? s.datasetSpec;
  // The class counts are the current data's: they say nothing of a model trained on other data.
  const sameData = !s.model || stableStringify(s.model.dataset) === stableStringify(s.datasetSpec);
  return {
    history: s.history,
    classCounts:
      task.kind === 'classification' && sameData
        ? classCounts(s.dataset.train, task.classNames.length)
        : null,
    loss: training.loss,
    earlyStopping: training.earlyStopping,
    clipping: training.clip.kind !== 'none',
    deadUnits: s.deadUnits,
    // A run stops on the first non-finite loss, in the epoch after its last record.
    divergedAt: s.runDiverged ? (s.history.at(-1)?.epoch ?? 0) + 1 : null,
    inputsScaled: isTable(spec) ? spec.scaling !== 'none' : null,
    reluHidden: hasReluHidden(s.model?.network ?? s.network),
  };
}

/** What the doctor finds in the current model's run, most serious first. */
export const diagnoseRun = (s: DoctorState): Diagnosis[] => diagnose(doctorInput(s));

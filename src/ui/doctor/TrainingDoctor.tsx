import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { diagnoseRun, type DoctorState } from '../../store/doctor/doctor-input';
import { memoOn } from '../../store/selectors';
import { useThrottledStore } from '../charts/use-throttled-store';
import { DiagnosisCard } from './DiagnosisCard';
import './doctor.css';

const pick = (s: DoctorState): DoctorState => ({
  history: s.history,
  deadUnits: s.deadUnits,
  runDiverged: s.runDiverged,
  dataset: s.dataset,
  datasetSpec: s.datasetSpec,
  model: s.model,
  training: s.training,
  network: s.network,
});

/** The doctor's inputs, the same object while none of them changed. */
const selectDoctorState = memoOn((s) => Object.values(pick(s)), pick);

/** A run streams epochs faster than the doctor's verdict needs to follow. */
const DOCTOR_REFRESH_MS = 500;

/**
 * The training doctor: what went wrong with the current model's run, in
 * plain words, each with its one-click fixes. Recomputed when a new epoch
 * arrives (or the settings it reads change), at most every
 * DOCTOR_REFRESH_MS and always for the last, kept after the run; nothing
 * shown before the first epoch.
 */
export function TrainingDoctor() {
  const state = useThrottledStore(selectDoctorState, DOCTOR_REFRESH_MS);
  // Judged at a lower priority than the run's own redraws and the user's input.
  const judged = useDeferredValue(state);
  return <DoctorReport state={judged} />;
}

/** The verdict on one set of inputs: drawn again only when they change. */
const DoctorReport = memo(function DoctorReport({ state }: { state: DoctorState }) {
  const { t, i18n } = useTranslation('doctor');
  // The diagnoses' words are made in the language shown: made again when it changes.
  const language = i18n.language;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the words depend on the language
  const diagnoses = useMemo(() => diagnoseRun(state), [state, language]);
  if (state.history.length === 0 && !state.runDiverged) return null;
  return (
    <section className="doctor" aria-labelledby="doctor-title">
      <h3 id="doctor-title" className="doctor-title">
        {t('title')}
      </h3>
      {diagnoses.length === 0 ? (
        <p className="doctor-healthy" role="status">
          {t('healthy')}
        </p>
      ) : (
        <ul className="doctor-list" aria-label={t('list')}>
          {diagnoses.map((d) => (
            <DiagnosisCard key={d.id} diagnosis={d} />
          ))}
        </ul>
      )}
    </section>
  );
});

import type { GuideProgress, StepState } from '../../core/guides/progress';
import { stepStates } from '../../core/guides/progress';
import type { Guide } from '../../core/guides/types';
import { leaveGuide, restartGuide } from '../../store/actions/guides';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';

const STATE_LABEL: Record<StepState, string> = {
  done: 'Done',
  current: 'Now',
  pending: 'Next',
};

/** The recipe being followed: its steps, done, current or still to come. */
export function GuideSteps({ guide, progress }: { guide: Guide; progress: GuideProgress }) {
  const running = useStore(selectIsRunning);
  const states = stepStates(guide, progress);
  const complete = progress.step >= guide.steps.length;
  return (
    <section aria-labelledby="guide-current">
      <h3 id="guide-current">{guide.title}</h3>
      <p className="guides-intro">{guide.summary}</p>
      <ol className="guide-steps" aria-label="Steps">
        {guide.steps.map((step, i) => {
          const state = states[i] ?? 'pending';
          return (
            <li
              key={step.id}
              className={`guide-step ${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="guide-step-state">{STATE_LABEL[state]}</span>
              <span className="guide-step-title">{step.title}</span>
              {state === 'current' && <p>{step.detail}</p>}
            </li>
          );
        })}
      </ol>
      <p role="status" className="guides-status">
        {complete ? 'Recipe complete: every step is done.' : null}
      </p>
      <div className="guides-actions">
        <button type="button" disabled={running} onClick={() => void restartGuide()}>
          Restart
        </button>
        <button type="button" onClick={leaveGuide}>
          Leave recipe
        </button>
      </div>
    </section>
  );
}

import type { GuideProgress } from '../../core/guides/progress';
import { stepStates } from '../../core/guides/progress';
import type { Guide } from '../../core/guides/types';
import { Trans, useTranslation } from '../../i18n/react';
import { leaveGuide, restartGuide } from '../../store/actions/guides';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';

/** A file name inside a step's text: the user's system names it, so it is not translated. */
const FILE = { file: <span translate="no" /> };

/** The recipe being followed: its steps, done, current or still to come. */
export function GuideSteps({ guide, progress }: { guide: Guide; progress: GuideProgress }) {
  const { t } = useTranslation('guides');
  const running = useStore(selectIsRunning);
  const states = stepStates(guide, progress);
  const complete = progress.step >= guide.steps.length;
  return (
    <section aria-labelledby="guide-current">
      <h3 id="guide-current">{t(guide.title)}</h3>
      <p className="guides-intro">{t(guide.summary)}</p>
      <ol className="guide-steps" aria-label={t('drawer.steps')}>
        {guide.steps.map((step, i) => {
          const state = states[i] ?? 'pending';
          return (
            <li
              key={step.id}
              className={`guide-step ${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="guide-step-state">{t(`stepState.${state}`)}</span>
              <span className="guide-step-title">{t(step.title)}</span>
              {state === 'current' && (
                <p>
                  <Trans t={t} i18nKey={step.detail} components={FILE} />
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <p role="status" className="guides-status">
        {complete ? t('drawer.complete') : null}
      </p>
      <div className="guides-actions">
        <button type="button" disabled={running} onClick={() => void restartGuide()}>
          {t('drawer.restart')}
        </button>
        <button type="button" onClick={leaveGuide}>
          {t('drawer.leave')}
        </button>
      </div>
    </section>
  );
}

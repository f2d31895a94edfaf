import { dismissStartupNotice } from '../../store/actions/share';
import { startFresh } from '../../store/actions/startup';
import { useStore } from '../../store/store';

const HEADING = {
  link: 'Some of this link’s setup could not be used:',
  saved: 'Some of your last setup could not be used:',
} as const;

/**
 * What the app says about the setup it opened with, under the header: each
 * field of a link (or of the stored last setup) that took its default, and
 * "Restored your last setup · Start fresh" after a visit without a link.
 */
export function StartupNotice() {
  const notice = useStore((s) => s.startupNotice);
  if (!notice) return null;
  const problems = notice.problems.length > 0;
  const dismiss = (
    <button type="button" className="link" onClick={dismissStartupNotice}>
      Dismiss
    </button>
  );
  return (
    <div
      className={`notice ${problems ? 'error' : 'info'} startup-notice`}
      role={problems ? 'alert' : 'status'}
      aria-label="Opening setup"
    >
      {notice.restored && (
        <p>
          Restored your last setup ·{' '}
          <button type="button" className="link" onClick={() => void startFresh()}>
            Start fresh
          </button>
          {!problems && <> · {dismiss}</>}
        </p>
      )}
      {problems && (
        <>
          <p>{HEADING[notice.source]}</p>
          <ul aria-label="Setup problems">
            {notice.problems.map((p, i) => (
              <li key={`${i}:${p}`}>{p}</li>
            ))}
          </ul>
          {dismiss}
        </>
      )}
    </div>
  );
}

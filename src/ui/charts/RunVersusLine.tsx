import { useMemo } from 'react';
import { shownRunName } from '../../core/experiments/run-names';
import type { RunSettingId } from '../../core/experiments/run-settings';
import { runVersus, type NumberVersus } from '../../core/experiments/run-versus';
import { formatDuration, formatMetric, formatPercent } from '../../core/format';
import { useTranslation } from '../../i18n/react';
import { compareRuns } from '../../store/actions/runs';
import { selectIsRunning } from '../../store/slices/run-slice';
import { useStore } from '../../store/store';
import { reveal } from '../learn/reveal';
import { RUN_COMPARISON_ID } from '../runs/run-comparison-id';
import { statusLabel } from '../runs/run-format';

/** Settings named in the line before the rest are counted ("and 2 more"). */
const CHANGES_SHOWN = 3;

/**
 * Once a run has ended: what was changed since the run before it and what
 * that did to the final numbers ("Against Run 1 (learning rate 0.01 → 0.1):
 * val accuracy 97.5%, worse than 98.8%; …"). Nothing while a run goes, or
 * when no earlier run on the same data is there to set it against.
 */
export function RunVersusLine() {
  const { t } = useTranslation(['charts', 'runs']);
  const runId = useStore((s) => s.model?.runId ?? null);
  const live = useStore(selectIsRunning);
  const runs = useStore((s) => s.runs);
  const v = useMemo(() => {
    if (live || runId === null) return null;
    const run = runs.find((r) => r.id === runId);
    return run ? runVersus(run, runs) : null;
  }, [live, runId, runs]);
  if (!v) return null;

  // A run that did not train to its end (stopped, diverged) says so beside its name.
  const ended = v.previous.status === 'done' || v.previous.status === 'early-stopped';
  const name = ended
    ? shownRunName(v.previous.name)
    : t('versus.nameStatus', {
        name: shownRunName(v.previous.name),
        status: statusLabel(v.previous.status),
      });
  // A column title ("Learning rate") read inside a sentence.
  const setting = (id: RunSettingId) => {
    const title = t(`runs:table.setting.${id}`);
    return title.charAt(0).toLocaleLowerCase() + title.slice(1);
  };
  const changes = v.changes.map((c) =>
    t('versus.change', { setting: setting(c.id), from: c.from, to: c.to }),
  );
  const shown = changes.slice(0, CHANGES_SHOWN).join(t('versus.changeSeparator'));
  const more = changes.length - CHANGES_SHOWN;
  const head =
    changes.length === 0
      ? t('versus.headSame', { name })
      : t('versus.head', {
          name,
          changes: more > 0 ? shown + t('versus.more', { count: more }) : shown,
        });
  const part = (what: string, n: NumberVersus, format: (v: number) => string) => (
    <span className={`versus-${n.verdict}`}>
      {t(`versus.${n.verdict}`, { what, now: format(n.now), then: format(n.then) })}
    </span>
  );
  const parts = [
    v.metric &&
      part(
        t(`versus.what.${v.metric.kind}`),
        v.metric,
        v.metric.kind === 'accuracy' ? formatPercent : formatMetric,
      ),
    v.valLoss && part(t('versus.what.loss'), v.valLoss, formatMetric),
    <span key="time">
      {t('versus.time', {
        now: formatDuration(v.durationMs.now),
        then: formatDuration(v.durationMs.then),
      })}
    </span>,
  ].filter((p) => p !== null);
  return (
    <p
      className="run-versus"
      role="note"
      aria-label={t('versus.aria')}
      title={changes.length > CHANGES_SHOWN ? changes.join('\n') : undefined}
    >
      {head}{' '}
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && t('versus.partSeparator')}
          {p}
        </span>
      ))}
      {t('versus.end')}{' '}
      <button
        type="button"
        className="link"
        onClick={() => {
          if (runId !== null) compareRuns([v.previous.id, runId]);
          reveal(RUN_COMPARISON_ID);
        }}
      >
        {t('versus.compare')}
      </button>
    </p>
  );
}

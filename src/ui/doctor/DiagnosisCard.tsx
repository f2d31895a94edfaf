import { useState } from 'react';
import type { Diagnosis, Evidence } from '../../core/doctor/diagnosis';
import { useTranslation } from '../../i18n/react';
import { fixPlan, type FixPlan } from '../../store/actions/doctor';

function formatEvidence(e: Evidence): string {
  if (e.format === 'percent') return `${(e.value * 100).toFixed(e.value < 0.1 ? 1 : 0)}%`;
  if (e.format === 'epoch') return String(Math.round(e.value));
  return Number.isFinite(e.value) ? Number(e.value.toPrecision(3)).toString() : String(e.value);
}

/** One diagnosis: what is wrong, the numbers behind it, and its fixes (one applied at a time, with Undo). */
export function DiagnosisCard({ diagnosis: d }: { diagnosis: Diagnosis }) {
  const { t } = useTranslation('doctor');
  // The plan itself is kept, not its label: the label is read in the language shown.
  const [applied, setApplied] = useState<{ plan: FixPlan; undo: () => void } | null>(null);
  const plans = d.fixes.flatMap((id) => fixPlan(id) ?? []);
  const apply = (plan: FixPlan) => setApplied({ plan, undo: plan.apply() });
  return (
    <li className={`doctor-card doctor-${d.severity}`} aria-labelledby={`doctor-${d.id}`}>
      <h4 id={`doctor-${d.id}`} className="doctor-card-title">
        <span className="doctor-severity">{t(`severity.${d.severity}`)}</span> {d.title}
      </h4>
      <p className="doctor-message">{d.message}</p>
      <dl className="doctor-evidence" aria-label={t('evidence')}>
        {d.evidence.map((e) => (
          <div key={e.label}>
            <dt>{e.label}</dt>
            <dd>{formatEvidence(e)}</dd>
          </div>
        ))}
      </dl>
      {applied ? (
        <p className="doctor-applied" role="status">
          <span>{t('applied', { fix: applied.plan.label })}</span>
          <button
            type="button"
            onClick={() => {
              applied.undo();
              setApplied(null);
            }}
          >
            {t('undo')}
          </button>
        </p>
      ) : (
        plans.length > 0 && (
          <div className="doctor-fixes" role="group" aria-label={t('fixesFor', { title: d.title })}>
            {plans.map((p) => (
              <button key={p.id} type="button" onClick={() => apply(p)}>
                {p.label}
              </button>
            ))}
          </div>
        )
      )}
    </li>
  );
}

import { useState } from 'react';
import type { Diagnosis, Evidence } from '../../core/doctor/diagnosis';
import { fixPlan, type FixPlan } from '../../store/actions/doctor';

const SEVERITY_LABEL = { problem: 'Problem', warning: 'Warning' } as const;

function formatEvidence(e: Evidence): string {
  if (e.format === 'percent') return `${(e.value * 100).toFixed(e.value < 0.1 ? 1 : 0)}%`;
  if (e.format === 'epoch') return String(Math.round(e.value));
  return Number.isFinite(e.value) ? Number(e.value.toPrecision(3)).toString() : String(e.value);
}

/** One diagnosis: what is wrong, the numbers behind it, and its fixes (one applied at a time, with Undo). */
export function DiagnosisCard({ diagnosis: d }: { diagnosis: Diagnosis }) {
  const [applied, setApplied] = useState<{ label: string; undo: () => void } | null>(null);
  const plans = d.fixes.flatMap((id) => fixPlan(id) ?? []);
  const apply = (plan: FixPlan) => setApplied({ label: plan.label, undo: plan.apply() });
  return (
    <li className={`doctor-card doctor-${d.severity}`} aria-labelledby={`doctor-${d.id}`}>
      <h4 id={`doctor-${d.id}`} className="doctor-card-title">
        <span className="doctor-severity">{SEVERITY_LABEL[d.severity]}</span> {d.title}
      </h4>
      <p className="doctor-message">{d.message}</p>
      <dl className="doctor-evidence" aria-label="Evidence">
        {d.evidence.map((e) => (
          <div key={e.label}>
            <dt>{e.label}</dt>
            <dd>{formatEvidence(e)}</dd>
          </div>
        ))}
      </dl>
      {applied ? (
        <p className="doctor-applied" role="status">
          <span>Applied: {applied.label}. Train again to see the effect.</span>
          <button
            type="button"
            onClick={() => {
              applied.undo();
              setApplied(null);
            }}
          >
            Undo
          </button>
        </p>
      ) : (
        plans.length > 0 && (
          <div className="doctor-fixes" role="group" aria-label={`Fixes for: ${d.title}`}>
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

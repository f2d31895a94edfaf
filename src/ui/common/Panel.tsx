import type { ReactNode } from 'react';
import type { ConceptId } from '../../core/learn';
import { LabelRow } from '../learn/LabelRow';
import { useTranslation } from '../../i18n/react';

/** A titled section of the page; the title names it for assistive tech. */
export function Panel({
  title,
  id,
  children,
  actions,
}: {
  title: string;
  id: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <header className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

/** A labelled control with a one-line explanation under it. */
export function Field({
  label,
  htmlFor,
  help,
  explain,
  children,
}: {
  label: string;
  htmlFor: string;
  help?: ReactNode;
  /** The concept a "?" beside the label explains. */
  explain?: ConceptId;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <LabelRow explain={explain}>
        <label htmlFor={htmlFor}>{label}</label>
      </LabelRow>
      {children}
      {help && <p className="help">{help}</p>}
    </div>
  );
}

export function NoticeLine({
  notice,
  testId,
}: {
  notice: { kind: 'info' | 'error'; text: string } | null;
  testId: string;
}) {
  // A notice may be worded when read: this re-renders it when the language changes.
  useTranslation();
  if (!notice) return null;
  return (
    <p
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      {notice.text}
    </p>
  );
}

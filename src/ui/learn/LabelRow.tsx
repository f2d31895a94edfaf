import type { ReactNode } from 'react';
import type { ConceptId } from '../../core/learn';
import { Explain } from './Explain';

/** A label with the "?" that explains its concept beside it; the label alone when there is none. */
export function LabelRow({ explain, children }: { explain?: ConceptId; children: ReactNode }) {
  if (!explain) return children;
  return (
    <span className="label-row">
      {children}
      <Explain concept={explain} />
    </span>
  );
}

import type { ReactNode } from 'react';
import f from './fields.module.css';

/** A labelled field of the kit: the label above its control (the control carries `id`). */
export function Field({ id, label, className, children }: { id: string; label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `${f.field} ${className}` : f.field}>
      <label htmlFor={id} className={f.label}>
        {label}
      </label>
      {children}
    </div>
  );
}

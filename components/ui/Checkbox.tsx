'use client';
import type { ReactNode } from 'react';
import f from './fields.module.css';

export interface CheckboxProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** id of a longer description. */
  describedBy?: string;
  className?: string;
}

/** A checkbox and its label, the whole row clickable. */
export function Checkbox({ label, checked, onChange, disabled, describedBy, className }: CheckboxProps) {
  return (
    <label className={className ? `${f.check} ${className}` : f.check}>
      <input type="checkbox" checked={checked} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

'use client';
import ui from './widgetUi.module.css';

/** A labelled drop-down of numeric choices (sizes, epochs, learning rates). */
export function SelectField({ label, value, options, format = String, onChange }: { label: string; value: number; options: readonly number[]; format?: (n: number) => string; onChange: (n: number) => void }) {
  return (
    <label className={ui.field}>
      <span className={ui.fieldLabel}>{label}</span>
      <select className={ui.control} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {options.map((n) => (
          <option key={n} value={n}>
            {format(n)}
          </option>
        ))}
      </select>
    </label>
  );
}

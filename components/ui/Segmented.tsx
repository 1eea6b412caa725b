'use client';
import { useId } from 'react';
import s from './Segmented.module.css';

export interface SegmentedProps<T extends string | number> {
  legend: string;
  options: readonly T[];
  value: T;
  onChange: (v: T) => void;
  /** How each option reads. */
  label?: (v: T) => string;
  /** Options that cannot be chosen now. */
  disabled?: (v: T) => boolean;
  /** 'segments': one joined bar (few short options: 1 2 3); 'chips': separate chips that wrap (names). */
  variant?: 'segments' | 'chips';
  /** Hide the legend from sight (it still names the group); for a group whose heading says it. */
  hideLegend?: boolean;
  /** Radio-group name; unique by default. */
  name?: string;
  className?: string;
}

/**
 * One choice out of a few, as radio buttons drawn as segments or chips: Tab enters the group,
 * arrow keys move within it, a tap chooses.
 */
export function Segmented<T extends string | number>({ legend, options, value, onChange, label = String, disabled, variant = 'chips', hideLegend, name, className }: SegmentedProps<T>) {
  const auto = useId();
  const group = name ?? auto;
  return (
    <fieldset className={`${s.group} ${className ?? ''}`} data-variant={variant}>
      <legend className={hideLegend ? s.hiddenLegend : s.legend}>{legend}</legend>
      <div className={s.options}>
        {options.map((v) => (
          <label key={String(v)} className={s.option}>
            <input type="radio" name={group} value={String(v)} checked={v === value} disabled={disabled?.(v)} onChange={() => onChange(v)} />
            <span>{label(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

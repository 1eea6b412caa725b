'use client';
import { useId } from 'react';
import { Field } from './Field';
import f from './fields.module.css';

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  /** How the value reads beside the slider (and to a screen reader, unless `spoken` is given). */
  format?: (v: number) => string;
  /** What a screen reader hears when it says more than the short visible value ("window 3 of 25, row 1, column 3"). */
  spoken?: (v: number) => string | undefined;
  disabled?: boolean;
  /** id of a description (a hint, the keys it takes). */
  describedBy?: string;
  className?: string;
}

/**
 * A labelled range input with its value beside it. Arrow keys move it by one step, Page Up/Down
 * by ten, Home/End to the ends (the browser's own range keys); a finger drags it.
 */
export function Slider({ label, value, min, max, step, onChange, format = String, spoken, disabled, describedBy, className }: SliderProps) {
  const id = useId();
  const text = format(value);
  return (
    <Field id={id} label={label} className={className}>
      <div className={f.sliderRow}>
        <input
          id={id}
          className={f.range}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          disabled={disabled}
          aria-valuetext={spoken ? spoken(value) : text}
          aria-describedby={describedBy}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output htmlFor={id} className={f.value} aria-hidden={spoken ? true : undefined}>
          {text}
        </output>
      </div>
    </Field>
  );
}

'use client';
import { useId } from 'react';
import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  /** How the value reads next to the slider (and to a screen reader). */
  format: (v: number) => string;
}

/** A labelled range input with its value shown beside it; arrow keys move it by one step. */
export function Slider({ label, value, min, max, step, onChange, format }: Props) {
  const id = useId();
  const text = format(value);
  return (
    <div className={`${ui.field} ${styles.slider}`}>
      <label htmlFor={id} className={ui.fieldLabel}>
        {label}
      </label>
      <div className={styles.sliderRow}>
        <input id={id} type="range" min={min} max={max} step={step} value={value} aria-valuetext={text} onChange={(e) => onChange(Number(e.target.value))} />
        <output htmlFor={id} className={styles.sliderValue}>
          {text}
        </output>
      </div>
    </div>
  );
}

import type { HTMLAttributes, KeyboardEvent, PointerEvent } from 'react';
import c from './chart.module.css';

export interface ChartSliderOptions {
  /** What the value is (the accessible name). */
  label: string;
  min: number;
  max: number;
  value: number;
  /** The value in words, read out as it changes. */
  valueText: string;
  describedBy?: string;
  /** The value after a key (arrows, Page Up/Down, Home, End), or null if the key does nothing. */
  onKey: (key: string, shift: boolean) => number | null;
  /** The value under the pointer, from its x in the chart's pixels. */
  fromX: (x: number) => number;
  onChange: (value: number) => void;
}

/**
 * Attributes that make a chart a slider (pass them as ChartFrame's `canvasProps`): the reader drags
 * the point along the chart or moves it with the keys, and a screen reader hears a slider with its
 * value. Dragging follows the pointer it captured, so no state is kept here.
 */
export function chartSlider({ label, min, max, value, valueText, describedBy, onKey, fromX, onChange }: ChartSliderOptions): HTMLAttributes<HTMLDivElement> {
  const fromPointer = (e: PointerEvent<HTMLDivElement>) => onChange(fromX(e.clientX - e.currentTarget.getBoundingClientRect().left));
  return {
    className: c.slider,
    role: 'slider',
    tabIndex: 0,
    'aria-label': label,
    'aria-valuemin': min,
    'aria-valuemax': max,
    'aria-valuenow': value,
    'aria-valuetext': valueText,
    'aria-describedby': describedBy,
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => {
      const next = onKey(e.key, e.shiftKey);
      if (next === null) return;
      e.preventDefault();
      onChange(next);
    },
    onPointerDown: (e) => {
      e.currentTarget.setPointerCapture?.(e.pointerId);
      fromPointer(e);
    },
    onPointerMove: (e) => {
      if (e.currentTarget.hasPointerCapture?.(e.pointerId)) fromPointer(e);
    },
  };
}

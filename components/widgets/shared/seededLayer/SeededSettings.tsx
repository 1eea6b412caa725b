'use client';
import { Button } from '@/components/ui';
import { NumberFields } from '../NumberFields';
import ui from '../widgetUi.module.css';

export interface SeededSettingsProps<F extends string> {
  legend: string;
  /** The whole-number fields, in order; `seed` among them. */
  fields: readonly F[];
  labels: Record<F, string>;
  values: Record<F, number>;
  /** Each field's bounds (a schema's number fields carry them). */
  limits: Record<F, { readonly min: number; readonly max: number }>;
  onChange: (field: F, value: number) => void;
  /** The field a validation problem names, if any. */
  invalidField?: F | null;
  errorId: string;
  reseedLabel: string;
  /** Extra class on the field grid (a widget's own column layout). */
  gridClassName?: string;
}

/**
 * The settings panel FcAsConv and PointwiseConv share: whole-number fields for the layer's sizes
 * and its seed, and a button that draws new example numbers (the next seed).
 */
export function SeededSettings<F extends string>(props: SeededSettingsProps<F>) {
  const { legend, fields, labels, values, limits, onChange, invalidField, errorId, reseedLabel, gridClassName } = props;
  const seedField = 'seed' as F;
  const seed = values[seedField];
  const nextSeed = ((Number.isFinite(seed) ? seed : 0) + 1) % (limits[seedField].max + 1);
  return (
    <fieldset className={ui.panel}>
      <legend className={ui.panelLegend}>{legend}</legend>
      <div className={`${ui.fieldGrid} ${gridClassName ?? ''}`}>
        <NumberFields fields={fields} label={(f) => labels[f]} values={values} limits={limits} onChange={onChange} invalidField={invalidField} errorId={errorId} />
        <Button onClick={() => onChange(seedField, nextSeed)}>{reseedLabel}</Button>
      </div>
    </fieldset>
  );
}

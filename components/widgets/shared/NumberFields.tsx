'use client';
import { NumberField } from '@/components/ui';

interface Props<F extends string> {
  /** The whole-number fields, in order. */
  fields: readonly F[];
  label: (field: F) => string;
  values: Record<F, number>;
  /** Each field's bounds (a schema's number fields carry them). */
  limits: Record<F, { readonly min: number; readonly max: number }>;
  onChange: (field: F, value: number) => void;
  /** The field a validation problem names, if any: it is marked and points at the message. */
  invalidField?: F | null;
  errorId: string;
}

/**
 * A widget's number fields from its schema, each with its label, bounds and keyboard steps; the one
 * a problem names is marked invalid and described by the message (`errorId`). The widget places
 * them (a field grid, a fieldset).
 */
export function NumberFields<F extends string>({ fields, label, values, limits, onChange, invalidField, errorId }: Props<F>) {
  return fields.map((f) => (
    <NumberField
      key={f}
      label={label(f)}
      value={values[f]}
      min={limits[f].min}
      max={limits[f].max}
      onChange={(v) => onChange(f, v)}
      invalid={invalidField === f}
      errorId={errorId}
    />
  ));
}

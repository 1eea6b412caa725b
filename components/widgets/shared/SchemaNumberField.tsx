'use client';
import { NumberField } from '@/components/ui';
import type { NumberFieldSpec } from '@/lib/store/schema';

interface Props<S extends object, K extends keyof S & string> {
  /** The field as the widget's schema declares it: its range bounds the input. */
  spec: NumberFieldSpec;
  field: K;
  label: string;
  state: S;
  set: (patch: Partial<S>) => void;
  /** The field the reader got wrong, and the id of the message that says why. */
  invalid?: boolean;
  errorId?: string;
}

/** A kit NumberField bound to one int/num field of a widget's state: its label, value, range, error. */
export function SchemaNumberField<S extends object, K extends keyof S & string>({ spec, field, label, state, set, invalid, errorId }: Props<S, K>) {
  return (
    <NumberField
      label={label}
      value={state[field] as number}
      min={spec.min}
      max={spec.max}
      onChange={(v) => set({ [field]: v } as Partial<S>)}
      invalid={invalid}
      errorId={errorId}
    />
  );
}

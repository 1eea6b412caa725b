'use client';
import { useMemo } from 'react';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { Button, SelectField } from '@/components/ui';
import { S } from './strings';
import ui from '@/components/widgets/shared/widgetUi.module.css';

interface Props {
  set: ImageSet | null;
  value: number;
  /** The small version: the class and a random image only. */
  compact?: boolean;
  onChange: (index: number) => void;
}

const CLASSES = Array.from({ length: 10 }, (_, k) => k);

/** A test image by class and number, or a random one. */
export function TestImagePicker({ set, value, compact = false, onChange }: Props) {
  const label = set ? set.labels[value] : 0;
  const ofClass = useMemo(() => {
    if (!set) return [value];
    const out: number[] = [];
    for (let i = 0; i < set.count; i++) if (set.labels[i] === label) out.push(i);
    return out;
  }, [set, label, value]);
  const firstOf = (k: number) => {
    if (!set) return value;
    for (let i = 0; i < set.count; i++) if (set.labels[i] === k) return i;
    return value;
  };
  return (
    <div className={ui.controlBar} role="group" aria-label={S.imageLegend}>
      <SelectField label={S.classPicker} options={CLASSES} value={label} format={S.className} disabled={!set} onChange={(k) => onChange(firstOf(k))} />
      {compact ? null : <SelectField label={S.pickerLabel} options={ofClass} value={value} format={(i) => S.pickerNumber(i)} disabled={!set} onChange={onChange} />}
      <Button disabled={!set} onClick={() => set && onChange(Math.floor(Math.random() * set.count))}>
        {S.random}
      </Button>
    </div>
  );
}

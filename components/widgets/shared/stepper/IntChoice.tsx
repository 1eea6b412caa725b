import { Segmented } from '@/components/ui';

interface Props {
  /** The radio group's name (unique on the page). */
  name: string;
  legend: string;
  /** The whole numbers offered, lo to hi inclusive. */
  range: readonly [number, number];
  value: number;
  /** How an option reads (“3×3”); the number itself by default. */
  label?: (n: number) => string;
  onChange: (n: number) => void;
}

/** A small whole-number setting (stride, padding, a window's size) as a row of segments. */
export function IntChoice({ name, legend, range: [lo, hi], value, label, onChange }: Props) {
  const options = Array.from({ length: hi - lo + 1 }, (_, n) => lo + n);
  return <Segmented variant="segments" name={name} legend={legend} options={options} value={value} label={label} onChange={onChange} />;
}

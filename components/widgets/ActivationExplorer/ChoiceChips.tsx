import styles from './ChoiceChips.module.css';

interface Props<T extends string | number> {
  /** Unique on the page: the radio group's name. */
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  onChange: (v: T) => void;
  label?: (v: T) => string;
}

/** One choice out of a few, as a row of chips that wraps: radio buttons, so arrow keys move within the group. */
export function ChoiceChips<T extends string | number>({ name, legend, options, value, onChange, label = String }: Props<T>) {
  return (
    <fieldset className={styles.chips}>
      <legend className={styles.legend}>{legend}</legend>
      {options.map((v) => (
        <label key={String(v)} className={styles.chip}>
          <input type="radio" name={name} value={String(v)} checked={v === value} onChange={() => onChange(v)} />
          <span>{label(v)}</span>
        </label>
      ))}
    </fieldset>
  );
}

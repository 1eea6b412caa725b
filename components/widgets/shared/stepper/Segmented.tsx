import styles from './stepper.module.css';

interface Props<T extends string | number> {
  /** Unique on the page: the radio group's name. */
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  onChange: (v: T) => void;
  label?: (v: T) => string;
}

/** A row of radio buttons drawn as a segmented control (arrow keys move within the group). */
export function Segmented<T extends string | number>({ name, legend, options, value, onChange, label = String }: Props<T>) {
  return (
    <fieldset className={styles.segmented}>
      <legend>{legend}</legend>
      <div className={styles.segments}>
        {options.map((v) => (
          <label key={String(v)}>
            <input type="radio" name={name} value={String(v)} checked={v === value} onChange={() => onChange(v)} />
            <span>{label(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

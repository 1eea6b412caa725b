import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props<T extends string | number> {
  /** Unique on the page: the radio group's name. */
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  onChange: (v: T) => void;
  label: (v: T) => string;
}

/** Radio buttons drawn as a segmented control (Tab reaches the group, arrow keys move within it). */
export function Choice<T extends string | number>({ name, legend, options, value, onChange, label }: Props<T>) {
  return (
    <fieldset className={styles.choice}>
      <legend>{legend}</legend>
      <div className={ui.segments}>
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

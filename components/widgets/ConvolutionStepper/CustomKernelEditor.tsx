import { CUSTOM_SIZES, parseCell, resizeCells, type CellError, type CustomSize } from './kernels';
import { Segmented } from './Segmented';
import { strings } from './strings';
import styles from './ConvolutionStepper.module.css';

interface Props {
  idBase: string;
  cells: readonly string[];
  size: CustomSize;
  errors: readonly CellError[];
  onChange: (cells: string[], size: CustomSize) => void;
}

/** The reader's kernel: one text box per weight; a cell that is not a number says why, in place. */
export function CustomKernelEditor({ idBase, cells, size, errors, onChange }: Props) {
  const errorId = `${idBase}-kernel-errors`;
  const helpId = `${idBase}-kernel-help`;
  const edit = (idx: number, text: string) => onChange(cells.map((c, n) => (n === idx ? text : c)), size);
  return (
    <fieldset className={styles.custom}>
      <legend>{strings.custom.legend}</legend>
      <Segmented
        name={`${idBase}-custom-size`}
        legend={strings.custom.size}
        options={CUSTOM_SIZES}
        value={size}
        label={strings.custom.sizeOption}
        onChange={(n) => onChange(resizeCells(cells, size, n), n)}
      />
      <div className={styles.customGrid} style={{ gridTemplateColumns: `repeat(${size}, minmax(0, 4.2em))` }}>
        {cells.map((text, idx) => {
          const i = Math.floor(idx / size);
          const j = idx % size;
          const bad = !parseCell(text).ok;
          return (
            <input
              key={idx}
              type="text"
              autoComplete="off"
              spellCheck={false}
              className={bad ? `${styles.cellInput} ${styles.invalid}` : styles.cellInput}
              value={text}
              aria-label={strings.custom.cell(i, j)}
              aria-invalid={bad || undefined}
              aria-describedby={bad ? errorId : helpId}
              onChange={(e) => edit(idx, e.target.value)}
            />
          );
        })}
      </div>
      <p id={helpId} className={styles.legend}>
        {strings.custom.help}
      </p>
      {errors.length ? (
        <ul id={errorId} role="alert" className={styles.alert}>
          {errors.map((e) => (
            <li key={e.index}>{strings.custom.problem(Math.floor(e.index / size), e.index % size, e.text, e.problem)}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

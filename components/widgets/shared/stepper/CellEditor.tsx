import { parseCell, resizeCells, type CellError, type CellProblem } from './cells';
import { Alert, Segmented } from '@/components/ui';
import { CUSTOM_INPUT_SIZES, type CustomInputSize } from './customInput';
import styles from './stepper.module.css';

/** What the editor says: the custom kernel and the custom input each bring their own words. */
export interface CellEditorText {
  legend: string;
  size: string;
  sizeOption: (n: number) => string;
  cell: (i: number, j: number) => string;
  help: string;
  problem: (i: number, j: number, text: string, problem: CellProblem) => string;
}

interface Props<S extends number> {
  /** Unique on the page: the prefix of the editor's element ids. */
  idBase: string;
  text: CellEditorText;
  cells: readonly string[];
  size: S;
  sizes: readonly S[];
  errors: readonly CellError[];
  onChange: (cells: string[], size: S) => void;
}

/**
 * A square grid of numbers the reader types (a kernel, or an input): one text box per cell,
 * kept as typed; a cell that is not a number says why, in place.
 */
export function CellEditor<S extends number>({ idBase, text, cells, size, sizes, errors, onChange }: Props<S>) {
  const errorId = `${idBase}-errors`;
  const helpId = `${idBase}-help`;
  const edit = (idx: number, value: string) => onChange(cells.map((c, n) => (n === idx ? value : c)), size);
  return (
    <fieldset className={styles.custom}>
      <legend>{text.legend}</legend>
      <Segmented
        variant="segments"
        name={`${idBase}-size`}
        legend={text.size}
        options={sizes}
        value={size}
        label={text.sizeOption}
        onChange={(n) => onChange(resizeCells(cells, size, n), n)}
      />
      <div className={styles.customGrid} style={{ gridTemplateColumns: `repeat(${size}, minmax(0, 4.2em))` }}>
        {cells.map((value, idx) => {
          const i = Math.floor(idx / size);
          const j = idx % size;
          const bad = !parseCell(value).ok;
          return (
            <input
              key={idx}
              type="text"
              autoComplete="off"
              spellCheck={false}
              className={bad ? `${styles.cellInput} ${styles.invalid}` : styles.cellInput}
              value={value}
              aria-label={text.cell(i, j)}
              aria-invalid={bad || undefined}
              aria-describedby={bad ? errorId : helpId}
              onChange={(e) => edit(idx, e.target.value)}
            />
          );
        })}
      </div>
      <p id={helpId} className={styles.legend}>
        {text.help}
      </p>
      {errors.length ? (
        <Alert id={errorId}>
          <ul className={styles.problems}>
            {errors.map((e) => (
              <li key={e.index}>{text.problem(Math.floor(e.index / size), e.index % size, e.text, e.problem)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </fieldset>
  );
}

/** The part of a stepper's state the reader's own input lives in. */
export interface CustomInputFields {
  customInput: string[];
  customInputSize: CustomInputSize;
}

/** The editor for the reader's own input (either stepper): its cells and size, kept in the state. */
export function CustomInputEditor({ idBase, text, state, errors, update }: { idBase: string; text: CellEditorText; state: CustomInputFields; errors: readonly CellError[]; update: (patch: CustomInputFields) => void }) {
  return (
    <CellEditor
      idBase={`${idBase}-input-cells`}
      text={text}
      cells={state.customInput}
      size={state.customInputSize}
      sizes={CUSTOM_INPUT_SIZES}
      errors={errors}
      onChange={(customInput, customInputSize) => update({ customInput, customInputSize })}
    />
  );
}

import { ValueGrid, type ValueGridProps } from './ValueGrid';
import styles from './seededLayer.module.css';

interface Props extends Omit<ValueGridProps, 'values' | 'label'> {
  /** `channels` grids of rows × cols, one after the other (channel, row, column order). */
  values: ArrayLike<number> & { slice(start: number, end: number): ArrayLike<number> };
  channels: number;
  /** Each grid's name (“channel 2”). */
  label: (channel: number) => string;
  part?: string;
}

/** A tensor of C × H × W numbers as C small grids side by side, each marked and clickable alike. */
export function ChannelGrids({ values, channels, label, part, rows, cols, ...grid }: Props) {
  const size = rows * cols;
  return (
    <div className={styles.grids} data-part={part}>
      {Array.from({ length: channels }, (_, ch) => (
        <ValueGrid key={ch} label={label(ch)} values={values.slice(ch * size, (ch + 1) * size)} rows={rows} cols={cols} {...grid} />
      ))}
    </div>
  );
}

import { formatCount } from '@/lib/format/numberFormat';
import type { DropoutScaling } from '@/lib/nn/dropout';
import { fmt, type DropoutView } from './model';
import { S } from './strings';
import table from '@/components/ui/table.module.css';
import styles from './DropoutDemo.module.css';

/** Per unit: the test-time output, the latest mask's output, the running average, the exact mean. */
export function NumbersTable({ view, scaling, unit, onUnit }: { view: DropoutView; scaling: DropoutScaling; unit: number; onUnit: (u: number) => void }) {
  const n = view.run.outputs.length;
  const last = n ? view.run.outputs[n - 1] : null;
  const avg = n ? view.run.averages[n - 1] : null;
  return (
    // Focusable, so a reader on a narrow screen can scroll the table with the keyboard.
    <div className={table.scroll} role="region" aria-label={S.tableTitle} tabIndex={0}>
      <table className={`${table.table} ${styles.table}`}>
        <caption>{S.tableTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{S.colUnit}</th>
            <th scope="col">{S.colTarget[scaling]}</th>
            <th scope="col">{S.colMask}</th>
            <th scope="col">{S.colAverage(formatCount(n))}</th>
            <th scope="col">{S.colMean(2 ** view.setup.layer.inputs)}</th>
          </tr>
        </thead>
        <tbody>
          {view.target.map((t, o) => (
            <tr key={o} className={o === unit ? styles.selectedRow : undefined} onClick={() => onUnit(o)}>
              <th scope="row">{o + 1}</th>
              <td className={table.num} data-part="target">{fmt(t)}</td>
              <td className={table.num}>{last ? fmt(last[o]) : S.noMask}</td>
              <td className={table.num} data-part="average">{avg ? fmt(avg[o]) : S.noMask}</td>
              <td className={table.num} data-part="mean">{fmt(view.mean[o])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

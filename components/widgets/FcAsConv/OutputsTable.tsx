import type { FcAsConvResult } from '@/lib/compute/fcAsConv';
import { fmt3, fmtDiff } from './model';
import { S } from './strings';
import table from '@/components/ui/table.module.css';
import styles from './FcAsConv.module.css';

interface Props {
  result: FcAsConvResult;
  outputs: number;
  pos: number;
  unit: number;
  onPick: (unit: number) => void;
}

/** Unit by unit: the fully connected layer on the current window next to the convolution there. */
export function OutputsTable({ result, outputs, pos, unit, onPick }: Props) {
  const positions = result.outH * result.outW;
  return (
    <div className={table.scroll} tabIndex={0} role="region" aria-label={S.outputsTitle}>
      <table className={`${table.table} ${styles.table}`}>
        <thead>
          <tr>
            <th scope="col">{S.colUnit}</th>
            <th scope="col">{S.colFc}</th>
            <th scope="col">{S.colConv}</th>
            <th scope="col">{S.colDiff}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: outputs }, (_, o) => {
            const fc = result.fc[pos * outputs + o];
            const conv = result.conv[o * positions + pos];
            return (
              <tr key={o} className={o === unit ? styles.selectedRow : undefined} onClick={() => onPick(o)} data-unit={o}>
                <th scope="row">{o + 1}</th>
                <td className={table.num} data-part="fc">{fmt3(fc)}</td>
                <td className={table.num} data-part="conv">{fmt3(conv)}</td>
                <td className={table.num}>{fmtDiff(Math.abs(fc - conv))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { RegressionLossName, RegressionLossPoint } from '@/lib/compute';
import { fmt } from './state';
import { S } from './strings';
import styles from './RegressionLossExplorer.module.css';

const ROWS: RegressionLossName[] = ['l1', 'l2', 'smoothL1'];

/** The three losses and gradients at the reader's error, as numbers. */
export function PointTable({ point, error, beta }: { point: RegressionLossPoint; error: number; beta: number }) {
  const inside = Math.abs(error) < beta;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{S.tableCaption(fmt(error))}</caption>
      <thead>
        <tr>
          <th scope="col">{S.colLoss}</th>
          <th scope="col">{S.colFormula}</th>
          <th scope="col">{S.colValue}</th>
          <th scope="col">{S.colGrad}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((k) => (
          <tr key={k} data-loss={k}>
            <th scope="row">
              <span className={styles[`swatch_${k}`]} aria-hidden="true" /> {S.names[k]}
            </th>
            <td className={styles.formula}>{k === 'smoothL1' ? (beta === 0 ? S.formulas.l1 : S.formulas.smoothL1(fmt(beta), inside)) : S.formulas[k]}</td>
            <td className={styles.num} data-value>
              {fmt(point.loss[k], 3)}
            </td>
            <td className={styles.num} data-grad>
              {fmt(point.grad[k], 3)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

'use client';
import type { EpochReport } from '@/lib/compute/training';
import styles from './RunsTable.module.css';

export interface TableRow {
  key: number;
  setting: string;
  epochs: EpochReport[];
  total: number;
  current: boolean;
}

const pct = (v: number | undefined) => (v === undefined ? '—' : `${(v * 100).toFixed(1)} %`);

/** The runs as text: the chart's numbers for every reader, and the record of each run. */
export function RunsTable({ caption, headers, rows, showTrain = true }: { caption: string; headers: string[]; rows: TableRow[]; showTrain?: boolean }) {
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>{headers.filter((_, i) => showTrain || (i !== 3 && i !== 5)).map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const last = r.epochs.at(-1);
            const gap = last?.testAccuracy === undefined ? undefined : last.trainAccuracy - last.testAccuracy;
            return (
              <tr key={r.key} className={r.current ? styles.current : undefined}>
                <th scope="row">{i + 1}</th>
                <td>{r.setting}</td>
                <td>
                  {r.epochs.length}/{r.total}
                </td>
                {showTrain && <td>{pct(last?.trainAccuracy)}</td>}
                <td>{pct(last?.testAccuracy)}</td>
                {showTrain && <td>{gap === undefined ? '—' : `${(gap * 100).toFixed(1)} pts`}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

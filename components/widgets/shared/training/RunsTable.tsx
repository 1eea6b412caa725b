'use client';
import type { EpochReport } from '@/lib/compute/training';
import { trainingStrings as s } from './strings';
import table from '@/components/ui/table.module.css';
import css from './training.module.css';

export interface TableRow {
  key: number;
  setting: string;
  epochs: EpochReport[];
  total: number;
  current: boolean;
}

/** The runs as text: the chart's numbers for every reader, and the record of each run. */
export function RunsTable({ rows, caption = s.runs.caption, headers = s.runs.headers, showTrain = true }: { rows: TableRow[]; caption?: string; headers?: readonly string[]; showTrain?: boolean }) {
  return (
    <div className={table.scroll} tabIndex={0} role="region" aria-label={caption}>
      <table className={`${table.table} ${css.runs}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>{headers.filter((_, i) => showTrain || (i !== 3 && i !== 5)).map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const last = r.epochs.at(-1);
            const gap = last?.testAccuracy === undefined ? undefined : last.trainAccuracy - last.testAccuracy;
            return (
              <tr key={r.key} className={r.current ? css.currentRun : undefined}>
                <th scope="row">{i + 1}</th>
                <td className={css.setting}>{r.setting}</td>
                <td>
                  {r.epochs.length}/{r.total}
                </td>
                {showTrain && <td>{s.runs.pct(last?.trainAccuracy)}</td>}
                <td>{s.runs.pct(last?.testAccuracy)}</td>
                {showTrain && <td>{s.runs.gap(gap)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

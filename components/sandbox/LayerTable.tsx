'use client';
import { Fragment } from 'react';
import { Alert } from '@/components/ui';
import { describeShape, INPUT, type Analysis, type Block } from '@/lib/sandbox';
import { S } from './strings';
import styles from './LayerTable.module.css';
import table from '@/components/ui/table.module.css';

const n = (v: number) => v.toLocaleString('en-US');

/** The live per-layer table, with the row that does not fit highlighted and the reason beside it. */
export function LayerTable({ analysis, blocks }: { analysis: Analysis; blocks: Block[] }) {
  const { rows, problem } = analysis;
  const failing = problem?.block ?? null;
  // Blocks the table never reached: the failing one, then the rest, unchecked.
  const reached = rows.reduce((m, r) => (r.block !== null ? Math.max(m, r.block) : m), -1);
  const unreached = problem ? blocks.map((b, i) => ({ b, i })).filter(({ i }) => i > reached || (i === failing && !rows.some((r) => r.block === i))) : [];
  return (
    <div className={table.scroll} tabIndex={0} role="region" aria-label={S.tableCaption}>
      <table className={`${table.table} ${styles.layers}`} data-testid="layer-table">
        <caption>{S.tableCaption}</caption>
        <thead>
          <tr>
            {S.tableHeaders.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className={styles.inputRow}>
            <td />
            <th scope="row">{S.inputRow}</th>
            <td>{describeShape(INPUT)}</td>
            <td>0</td>
            <td>0</td>
            <td>{S.rf(1, 1)}</td>
          </tr>
          {rows.map((r, j) => {
            const bad = problem !== null && failing !== null && r.block === failing && j === rows.length - 1;
            return (
              <Fragment key={j}>
                <tr className={`${r.implied ? styles.impliedRow : ''} ${bad ? styles.badRow : ''}`} data-row={r.block ?? r.implied}>
                  <td>{r.block !== null ? r.block + 1 : ''}</td>
                  <th scope="row">{S.rowName(r, r.block !== null ? S.blockLine(blocks[r.block]) : S.shortNames[r.type])}</th>
                  <td>{describeShape(r.output)}</td>
                  <td>{n(r.params)}</td>
                  <td>{n(r.macs)}</td>
                  <td>{r.rf.whole ? S.rfWhole : S.rf(r.rf.size, r.rf.jump)}</td>
                </tr>
                {bad && <ProblemRow message={problem.message} />}
              </Fragment>
            );
          })}
          {unreached.map(({ b, i }) => (
            <Fragment key={`u${i}`}>
              <tr className={i === failing ? styles.badRow : styles.uncheckedRow} data-row={i} aria-invalid={i === failing || undefined}>
                <td>{i + 1}</td>
                <th scope="row">{S.blockLine(b)}</th>
                <td colSpan={4}>{i === failing ? '—' : S.notChecked}</td>
              </tr>
              {i === failing && <ProblemRow message={problem!.message} />}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">{S.total}</th>
            <td>{problem ? '—' : describeShape(rows.at(-1)!.output)}</td>
            <td data-testid="total-params">{n(analysis.params)}</td>
            <td data-testid="total-macs">{n(analysis.macs)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      {problem && failing === null && (
        <Alert className={styles.tableProblem}>{problem.message}</Alert>
      )}
    </div>
  );
}

function ProblemRow({ message }: { message: string }) {
  return (
    <tr className={styles.problemRow}>
      <td colSpan={6} data-testid="table-problem">
        <strong>{S.problemHeading}: </strong>
        {message}
      </td>
    </tr>
  );
}

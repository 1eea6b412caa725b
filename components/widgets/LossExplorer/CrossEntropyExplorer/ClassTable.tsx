'use client';
import type { CrossEntropyReadout } from '@/lib/compute';
import { LogitInput } from './LogitInput';
import { formatValue } from './model';
import { S } from './strings';
import styles from './CrossEntropyExplorer.module.css';
import { DataTable } from '@/components/ui/DataTable';

interface Props {
  idBase: string;
  classes: number;
  logits: number[];
  target: number;
  readout: CrossEntropyReadout | null;
  invalidIndex: number | null;
  errorId: string;
  setLogit: (index: number, v: number) => void;
  setTarget: (index: number) => void;
}

/** One row per class: the true-class choice, the logit field, the probability and the gradient as bars and numbers. */
export function ClassTable({ idBase, classes, logits, target, readout, invalidIndex, errorId, setLogit, setTarget }: Props) {
  return (
    <DataTable caption={S.tableCaption} columns={[S.colTrue, S.colClass, S.colLogit, S.colProb, S.colGrad]} wide className={styles.table}>
      {Array.from({ length: classes }, (_, j) => {
        const name = S.classNames[j];
        const p = readout?.probs[j];
        const g = readout?.grad[j];
        return (
          <tr key={j} aria-current={j === target || undefined} data-class={j}>
            <td className={styles.radioCell}>
              <input type="radio" name={`${idBase}-target`} checked={j === target} onChange={() => setTarget(j)} aria-label={S.trueRadio(name)} />
            </td>
            <th scope="row" className={styles.className}>
              {name}
            </th>
            <td>
              <LogitInput label={S.logitLabel(name)} value={logits[j]} onChange={(v) => setLogit(j, v)} invalid={invalidIndex === j} errorId={errorId} />
            </td>
            <td className={styles.barCell}>
              <span className={styles.barTrack} aria-hidden="true">
                {p !== undefined ? <span className={styles.probBar} style={{ width: `${Math.max(0, Math.min(1, p)) * 100}%` }} /> : null}
              </span>
              <span className={styles.num} data-prob>
                {p === undefined ? '…' : formatValue(p)}
              </span>
            </td>
            <td className={styles.barCell}>
              <span className={styles.gradTrack} aria-hidden="true">
                {g !== undefined ? (
                  <span
                    className={g < 0 ? styles.gradUp : styles.gradDown}
                    style={g < 0 ? { right: '50%', width: `${Math.min(1, -g) * 50}%` } : { left: '50%', width: `${Math.min(1, g) * 50}%` }}
                  />
                ) : null}
              </span>
              <span className={styles.num} data-grad>
                {g === undefined ? '…' : formatValue(g)}
              </span>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

import { formatCount } from '@/lib/format/numberFormat';
import { equalWidthTable, groupTable, macLowerBound, type MacRow } from '@/lib/lightweight/shuffle';
import { S } from './strings';
import styles from './ChannelShuffle.module.css';

/** The map and the widths the tables use (the lesson quotes them; its numbers test checks them). */
export const GUIDE = { hw: 56 * 56, product: 128 * 128, ratios: [1, 4, 16, 64], base: 128, groups: [1, 4, 16] } as const;

function Table({ rows, withGroups, label }: { rows: MacRow[]; withGroups: boolean; label: string }) {
  const G = S.guidelines.cols;
  return (
    <div className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            {withGroups ? <th scope="col">{G.c}</th> : <th scope="col">{G.c1}</th>}
            {withGroups ? null : <th scope="col">{G.c2}</th>}
            {withGroups ? <th scope="col">{G.g}</th> : null}
            <th scope="col">{G.flops}</th>
            <th scope="col">{G.mac}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.c1}-${r.g}`}>
              <td>{formatCount(r.c1)}</td>
              {withGroups ? null : <td>{formatCount(r.c2)}</td>}
              {withGroups ? <td>{r.g}</td> : null}
              <td>{formatCount(r.flops)}</td>
              <td>{formatCount(r.mac)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Guidelines() {
  const g1 = equalWidthTable(GUIDE.hw, GUIDE.product, GUIDE.ratios);
  const g2 = groupTable(GUIDE.hw, GUIDE.base, GUIDE.groups);
  return (
    <section className={styles.guidelines} aria-label={S.guidelines.heading}>
      <h4 className={styles.heading}>{S.guidelines.heading}</h4>
      <p>{S.guidelines.g1}</p>
      <Table rows={g1} withGroups={false} label={S.guidelines.g1Label} />
      <p className={styles.note}>{S.guidelines.g1Note(formatCount(macLowerBound(GUIDE.hw, g1[0].flops)))}</p>
      <p>{S.guidelines.g2}</p>
      <Table rows={g2} withGroups label={S.guidelines.g2Label} />
    </section>
  );
}

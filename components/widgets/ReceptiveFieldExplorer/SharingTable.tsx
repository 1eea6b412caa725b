import type { LayerCost } from '@/lib/nn/layerChain';
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import { S } from './strings';
import styles from './ReceptiveFieldExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

/** Each conv layer's weights with a shared kernel, with a kernel per position, and fully connected. */
export function SharingTable({ costs, channels, slideHidden = false }: { costs: LayerCost[]; channels: number; slideHidden?: boolean }) {
  const totals = costs.reduce((t, c) => ({ shared: t.shared + c.shared, local: t.local + c.local, full: t.full + c.full }), { shared: 0, local: 0, full: 0 });
  return (
    <section className={styles.compare} aria-label={S.sharingHeading} data-slide-hidden={slideHidden ? '' : undefined}>
      <h4 className={ui.heading}>{S.sharingHeading}</h4>
      {costs.length ? (
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={S.sharingCaption(channels)}>
          <table className={styles.table}>
            <caption>{S.sharingCaption(channels)}</caption>
            <thead>
              <tr>
                <th scope="col">{S.colLayer}</th>
                <th scope="col">{S.colShared}</th>
                <th scope="col">{S.colLocal}</th>
                <th scope="col">{S.colFull}</th>
              </tr>
            </thead>
            <tbody>
              {costs.map((c) => (
                <tr key={c.index}>
                  <th scope="row">{S.layerName(c.index)}</th>
                  <td className={styles.num}>{formatCount(c.shared)}</td>
                  <td className={styles.num}>{formatCompact(c.local)}</td>
                  <td className={styles.num}>{formatCompact(c.full)}</td>
                </tr>
              ))}
              {costs.length > 1 ? (
                <tr className={styles.totalRow}>
                  <th scope="row">{S.total}</th>
                  <td className={styles.num}>{formatCount(totals.shared)}</td>
                  <td className={styles.num}>{formatCompact(totals.local)}</td>
                  <td className={styles.num}>{formatCompact(totals.full)}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.note}>{S.noConv}</p>
      )}
    </section>
  );
}

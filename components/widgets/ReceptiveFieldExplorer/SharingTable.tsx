import type { LayerCost } from '@/lib/nn/layerChain';
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import { DataTable } from '@/components/ui/DataTable';
import table from '@/components/ui/table.module.css';
import { S } from './strings';
import styles from './panels.module.css';
import ui from '../shared/widgetUi.module.css';

const COLUMNS = [S.colLayer, S.colShared, S.colLocal, S.colFull];

/** One row: a layer's weights (or the total's) with a shared kernel, a kernel per position, fully connected. */
function CostRow({ name, cost, className }: { name: string; cost: Pick<LayerCost, 'shared' | 'local' | 'full'>; className?: string }) {
  return (
    <tr className={className}>
      <th scope="row">{name}</th>
      <td className={table.num}>{formatCount(cost.shared)}</td>
      <td className={table.num}>{formatCompact(cost.local)}</td>
      <td className={table.num}>{formatCompact(cost.full)}</td>
    </tr>
  );
}

/** Each conv layer's weights with a shared kernel, with a kernel per position, and fully connected. */
export function SharingTable({ costs, channels, slideHidden = false }: { costs: LayerCost[]; channels: number; slideHidden?: boolean }) {
  const totals = costs.reduce((t, c) => ({ shared: t.shared + c.shared, local: t.local + c.local, full: t.full + c.full }), { shared: 0, local: 0, full: 0 });
  return (
    <section className={styles.panel} aria-label={S.sharingHeading} data-slide-hidden={slideHidden ? '' : undefined}>
      <h4 className={ui.heading}>{S.sharingHeading}</h4>
      {costs.length ? (
        <DataTable caption={S.sharingCaption(channels)} columns={COLUMNS}>
          {costs.map((c) => (
            <CostRow key={c.index} name={S.layerName(c.index)} cost={c} />
          ))}
          {costs.length > 1 ? <CostRow name={S.total} cost={totals} className={styles.totalRow} /> : null}
        </DataTable>
      ) : (
        <p className={styles.note}>{S.noConv}</p>
      )}
    </section>
  );
}

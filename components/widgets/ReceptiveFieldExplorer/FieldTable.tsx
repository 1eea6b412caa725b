import { DataTable } from '@/components/ui/DataTable';
import type { MapView } from './model';
import { S } from './strings';
import styles from './panels.module.css';

const COLUMNS = [S.colMap, S.colSize, S.colField, S.colStride, S.colPadding, S.colRegion];

/** The numbers behind the figure, map by map: a text alternative and the formulas' results. */
export function FieldTable({ maps }: { maps: MapView[] }) {
  return (
    <div className={styles.panel}>
      <DataTable caption={S.tableCaption} columns={COLUMNS}>
        {maps.map((m) => (
          <tr key={m.index} data-map={m.index}>
            <th scope="row">{S.mapName(m.index)}</th>
            <td>
              {m.side}×{m.side}
            </td>
            <td data-field-size>{m.field.size}</td>
            <td>{m.field.effectiveStride}</td>
            <td>{m.field.effectivePadding}</td>
            <td>{S.regionText(m.region)}</td>
          </tr>
        ))}
      </DataTable>
      <p className={styles.note}>{S.rowsNote}</p>
    </div>
  );
}

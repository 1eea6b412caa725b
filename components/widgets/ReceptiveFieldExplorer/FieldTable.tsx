import type { MapView } from './model';
import { S } from './strings';
import styles from './ReceptiveFieldExplorer.module.css';

/** The numbers behind the figure, map by map: a text alternative and the formulas' results. */
export function FieldTable({ maps }: { maps: MapView[] }) {
  return (
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={S.tableCaption}>
      <table className={styles.table}>
        <caption>{S.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{S.colMap}</th>
            <th scope="col">{S.colSize}</th>
            <th scope="col">{S.colField}</th>
            <th scope="col">{S.colStride}</th>
            <th scope="col">{S.colPadding}</th>
            <th scope="col">{S.colRegion}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
      <p className={styles.note}>{S.rowsNote}</p>
    </div>
  );
}

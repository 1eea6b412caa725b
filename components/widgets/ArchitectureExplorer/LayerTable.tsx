import type { NetworkAnalysis } from '@/lib/nn/catalogue';
import { shapeLabel } from '@/lib/nn/layerStack';
import { cell } from './describe';
import { fieldSize, type TableItem } from './model';
import { S } from './strings';
import styles from './ArchitectureExplorer.module.css';

interface Props {
  analysis: NetworkAnalysis;
  items: TableItem[];
  selected: string;
  exact: boolean;
  onToggle: (block: string) => void;
}

const indent = (depth: number) => ({ paddingLeft: `${0.4 + depth * 0.9}rem` });

function Field({ item }: { item: Extract<TableItem, { type: 'layer' | 'block' }> }) {
  const field = item.type === 'layer' ? item.row.field : item.block.field;
  const size = fieldSize(field);
  if (size === null) return <span className={styles.muted}>{S.table.whole}</span>;
  return (
    <>
      {size}
      {field.kind === 'local' && !field.aligned ? S.table.notAligned : null}
    </>
  );
}

/** The network layer by layer, blocks as disclosure rows; scrolls inside its own region. */
export function LayerTable({ analysis, items, selected, exact, onToggle }: Props) {
  const n = (v: number) => cell(v, exact);
  const anyUnaligned = items.some((i) => {
    const field = i.type === 'layer' ? i.row.field : i.type === 'block' ? i.block.field : null;
    return field?.kind === 'local' && !field.aligned;
  });
  return (
    <>
      <div className={styles.tableRegion} role="region" aria-label={S.table.region(analysis.title)} tabIndex={0} data-part="table">
        <table className={styles.table}>
          <caption className={styles.srOnly}>{S.table.caption(analysis.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{S.table.layer}</th>
              <th scope="col">{S.table.output}</th>
              <th scope="col" className={styles.num}>{S.table.params}</th>
              <th scope="col" className={styles.num}>{S.table.macs}</th>
              <th scope="col" className={styles.num}>{S.table.memory}</th>
              <th scope="col" className={styles.num}>{S.table.field}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const current = item.key === selected ? styles.currentRow : undefined;
              switch (item.type) {
                case 'input':
                  return (
                    <tr key={item.key} className={current} data-row="input">
                      <th scope="row" style={indent(0)}>
                        <span className={styles.layerName}>{S.table.input}</span>
                        <span className={styles.typeLine}>{S.table.image}</span>
                      </th>
                      <td className={styles.mono}>{shapeLabel(item.outShape)}</td>
                      <td className={styles.num}>0</td>
                      <td className={styles.num}>0</td>
                      <td className={styles.num}>{n(item.memory)}</td>
                      <td className={styles.num}>1</td>
                    </tr>
                  );
                case 'path':
                  return (
                    <tr key={item.key} className={styles.pathRow}>
                      <td colSpan={6} style={indent(item.depth)}>
                        {S.table.path(item.index, item.of, item.name, item.layers)}
                      </td>
                    </tr>
                  );
                case 'block':
                  return (
                    <tr key={item.key} className={`${styles.blockRow} ${current ?? ''}`} data-row={item.key}>
                      <th scope="row" style={indent(item.depth)}>
                        <button
                          type="button"
                          className={styles.disclosure}
                          aria-expanded={item.open}
                          onClick={() => onToggle(item.key)}
                          title={item.open ? S.table.collapse(item.key) : S.table.expand(item.key)}
                        >
                          <span aria-hidden="true" className={styles.chevron}>{item.open ? '▾' : '▸'}</span>
                          {item.short}
                        </button>
                        <span className={styles.typeLine}>
                          {S.blockTypes[item.block.type]} · {S.table.blockLayers(item.layers)}
                        </span>
                      </th>
                      <td className={styles.mono}>{shapeLabel(item.block.outShape)}</td>
                      <td className={styles.num}>{n(item.block.params)}</td>
                      <td className={styles.num}>{n(item.block.macs)}</td>
                      <td className={styles.num}>{n(item.block.memory)}</td>
                      <td className={styles.num}>
                        <Field item={item} />
                      </td>
                    </tr>
                  );
                case 'layer': {
                  const r = item.row;
                  return (
                    <tr key={item.key} className={current} data-row={item.key}>
                      <th scope="row" style={indent(item.depth)}>
                        <span className={styles.layerName}>{item.short}</span>
                        <span className={styles.typeLine}>{r.label}</span>
                      </th>
                      <td className={styles.mono}>{shapeLabel(r.outShape)}</td>
                      <td className={styles.num}>{n(r.params)}</td>
                      <td className={styles.num}>{n(r.macs)}</td>
                      <td className={`${styles.num} ${r.memory === 0 ? styles.muted : ''}`}>{n(r.memory)}</td>
                      <td className={styles.num}>
                        <Field item={item} />
                      </td>
                    </tr>
                  );
                }
              }
            })}
          </tbody>
          <tfoot>
            <tr data-row="total">
              <th scope="row">{S.table.total}</th>
              <td className={styles.mono}>{shapeLabel(analysis.output)}</td>
              <td className={styles.num} data-total="params">{n(analysis.totals.params)}</td>
              <td className={styles.num} data-total="macs">{n(analysis.totals.macs)}</td>
              <td className={styles.num} data-total="memory">{n(analysis.totals.activations)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className={styles.note}>
        {S.table.memoryNote}
        {anyUnaligned ? ` ${S.table.notAlignedNote}` : ''}
      </p>
    </>
  );
}

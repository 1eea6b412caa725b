import { memo, useEffect, useRef } from 'react';
import type { NetworkAnalysis } from '@/lib/nn/catalogue';
import { shapeLabel } from '@/lib/nn/layerStack';
import { cell } from './describe';
import { fieldSize, type TableItem } from './model';
import { S } from './strings';
import styles from './LayerTable.module.css';
import common from './common.module.css';
import ui from '../shared/widgetUi.module.css';

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
  if (size === null) return <span className={common.muted}>{S.table.whole}</span>;
  return (
    <>
      {size}
      {field.kind === 'local' && !field.aligned ? S.table.notAligned : null}
    </>
  );
}

interface RowProps {
  item: TableItem;
  current: boolean;
  exact: boolean;
  onToggle: (block: string) => void;
}

/** One row; memoised so moving the pointer redraws two rows, not hundreds. */
const TableRow = memo(function TableRow({ item, current, exact, onToggle }: RowProps) {
  const n = (v: number) => cell(v, exact);
  const currentClass = current ? common.currentRow : undefined;
  switch (item.type) {
    case 'input':
      return (
        <tr className={currentClass} data-row="input">
          <th scope="row" style={indent(0)}>
            <span className={styles.layerName}>{S.table.input}</span>
            <span className={styles.typeLine}>{S.table.image}</span>
          </th>
          <td className={common.mono}>{shapeLabel(item.outShape)}</td>
          <td className={styles.num}>0</td>
          <td className={styles.num}>0</td>
          <td className={styles.num}>{n(item.memory)}</td>
          <td className={styles.num}>1</td>
        </tr>
      );
    case 'path':
      return (
        <tr className={styles.pathRow}>
          <td colSpan={6} style={indent(item.depth)}>
            {S.table.path(item.index, item.of, item.name, item.layers)}
          </td>
        </tr>
      );
    case 'block':
      return (
        <tr className={`${styles.blockRow} ${currentClass ?? ''}`} data-row={item.key}>
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
          <td className={common.mono}>{shapeLabel(item.block.outShape)}</td>
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
        <tr className={currentClass} data-row={item.key}>
          <th scope="row" style={indent(item.depth)}>
            <span className={styles.layerName}>{item.short}</span>
            <span className={styles.typeLine}>{r.label}</span>
          </th>
          <td className={common.mono}>{shapeLabel(r.outShape)}</td>
          <td className={styles.num}>{n(r.params)}</td>
          <td className={styles.num}>{n(r.macs)}</td>
          <td className={`${styles.num} ${r.memory === 0 ? common.muted : ''}`}>{n(r.memory)}</td>
          <td className={styles.num}>
            <Field item={item} />
          </td>
        </tr>
      );
    }
  }
});

/** The network layer by layer, blocks as disclosure rows; scrolls inside its own region. */
export function LayerTable({ analysis, items, selected, exact, onToggle }: Props) {
  const n = (v: number) => cell(v, exact);
  const region = useRef<HTMLDivElement>(null);
  // Follow the diagram: bring the current row into view inside the table's own scroll area.
  useEffect(() => {
    const box = region.current;
    const row = box?.querySelector<HTMLElement>(`tr[data-row="${CSS.escape(selected)}"]`);
    if (!box || !row) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const foot = box.querySelector('tfoot')?.getBoundingClientRect().height ?? 0;
    const top = row.offsetTop;
    if (top - head < box.scrollTop) box.scrollTop = Math.max(0, top - head);
    else if (top + row.offsetHeight > box.scrollTop + box.clientHeight - foot) box.scrollTop = top + row.offsetHeight - box.clientHeight + foot;
  }, [selected, items]);
  const anyUnaligned = items.some((i) => {
    const field = i.type === 'layer' ? i.row.field : i.type === 'block' ? i.block.field : null;
    return field?.kind === 'local' && !field.aligned;
  });
  return (
    <>
      <div ref={region} className={styles.tableRegion} role="region" aria-label={S.table.region(analysis.title)} tabIndex={0} data-part="table">
        <table className={styles.table}>
          <caption className={ui.visuallyHidden}>{S.table.caption(analysis.title)}</caption>
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
            {items.map((item) => (
              <TableRow key={item.key} item={item} current={item.key === selected} exact={exact} onToggle={onToggle} />
            ))}
          </tbody>
          <tfoot>
            <tr data-row="total">
              <th scope="row">{S.table.total}</th>
              <td className={common.mono}>{shapeLabel(analysis.output)}</td>
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

import type { ReactNode } from 'react';
import t from './table.module.css';
import d from './DataTable.module.css';

export interface DataTableProps {
  /** Names the table and its scroll region (read by screen readers, and shown unless `hideCaption`). */
  caption: string;
  /** The column heads, first column first; a head that is not a plain string may carry its own class. */
  columns: readonly (ReactNode | { label: ReactNode; className?: string })[];
  /** The rows (`<tr>`s), a `<th scope="row">` first in each. */
  children: ReactNode;
  /** Show the caption to screen readers only (a heading or figure caption already says it). */
  hideCaption?: boolean;
  /** As wide as its box (else as wide as its cells). */
  wide?: boolean;
  className?: string;
}

const isHead = (c: DataTableProps['columns'][number]): c is { label: ReactNode; className?: string } =>
  typeof c === 'object' && c !== null && 'label' in c;

/** The kit's table with its scroll region and its column heads (which wrap): a table wider than its
 * box scrolls sideways and shows that it does (table.module.css). */
export function DataTable({ caption, columns, children, hideCaption = false, wide = false, className }: DataTableProps) {
  return (
    <div className={d.wrap}>
      {/* The caption shown above the scroll region, so a wide table never scrolls it out of sight;
          the table's own caption names it for screen readers. */}
      {hideCaption ? null : (
        <p className={d.caption} aria-hidden="true">
          {caption}
        </p>
      )}
      <div className={`${t.scroll} ${d.scroll}`} tabIndex={0} role="region" aria-label={caption}>
        <table className={[t.table, wide ? t.wide : '', className ?? ''].join(' ').trim()}>
          <caption className="visually-hidden">{caption}</caption>
          <thead className={d.heads}>
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col" className={isHead(c) ? c.className : undefined}>
                  {isHead(c) ? c.label : c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}

/** Text for a row, block or the input: what the diagram announces and the table prints. No React. */
import { formatCount, formatShort } from '@/lib/format/numberFormat';
import { findNode, type Field, type NetworkAnalysis } from '@/lib/nn/catalogue';
import { shapeLabel } from '@/lib/nn/layerStack';
import { ancestors, fieldSize, layerCount } from './model';
import { S } from './strings';

/** A count in a table cell: exact with separators, or exact below 100,000 and compact above. */
export const cell = (n: number, exact: boolean) => (exact ? formatCount(n) : formatShort(n));

export function fieldText(field: Field): string {
  const size = fieldSize(field);
  return size === null ? S.detail.fieldGlobal : S.detail.fieldLocal(size);
}

/** One sentence about the selected item, for the diagram's live region. */
export function describeItem(a: NetworkAnalysis, key: string, open: ReadonlySet<string>, exact: boolean): string {
  const count = (n: number) => (exact ? formatCount(n) : formatShort(n));
  if (key === 'input') return S.detail.input(shapeLabel(a.input), formatCount(a.input.reduce((x, y) => x * y, 1)));
  const node = findNode(a.tree, key);
  if (!node) return '';
  if (node.node === 'layer') {
    return S.detail.layer(node.name, node.label, shapeLabel(node.inShape), shapeLabel(node.outShape), count(node.params), count(node.macs), count(node.memory), fieldText(node.field));
  }
  return S.detail.block(node.name, S.blockTypes[node.type], layerCount(node), open.has(node.name), shapeLabel(node.inShape), shapeLabel(node.outShape), count(node.params), count(node.macs), count(node.memory));
}

/**
 * What is visible of a name: itself when every block around it is open, otherwise the outermost
 * closed block that hides it.
 */
export function visibleKey(a: NetworkAnalysis, key: string, open: ReadonlySet<string>): string {
  if (key === 'input' || key === '') return key;
  const hidden = ancestors(a.tree, key).find((b) => !open.has(b));
  return hidden ?? key;
}

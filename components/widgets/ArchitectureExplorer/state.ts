/** ArchitectureExplorer's shareable state, its initial value from props, and the validation of a shared link. No React. */
import { isPlainObject } from '@/lib/store/numericFields';
import { analysis, blockNames, isNetworkId, networkIds, type NetworkId } from './model';
import { S } from './strings';

export interface ExplorerState {
  /** A catalogue id; anything else is explained in place. */
  network: string;
  /** The open (expanded) blocks, by full name. */
  open: string[];
  /** The layer or block the diagram points at: 'input', a row or block name, or '' for none. */
  selected: string;
  /** Exact counts with separators instead of compact ones (138 M). */
  exact: boolean;
}

export const DEFAULT_NETWORK = 'vgg16';

export function unknownNetworkMessage(id: string): string {
  return S.errors.unknownNetwork(id, networkIds.join(', '));
}

/**
 * The blocks to open at first: 'all', or names separated by commas. Names the network does not
 * have are returned in `unknown` so the widget can say so.
 */
export function initialOpen(network: string, expand: string | undefined): { open: string[]; unknown: string[] } {
  if (!expand || !isNetworkId(network)) return { open: [], unknown: [] };
  const blocks = blockNames(analysis(network).tree);
  if (expand.trim() === 'all') return { open: blocks, unknown: [] };
  const asked = expand.split(',').map((s) => s.trim()).filter(Boolean);
  return { open: asked.filter((n) => blocks.includes(n)), unknown: asked.filter((n) => !blocks.includes(n)) };
}

const MAX_NAME = 200;

/** Validate state from a shared link; block names are checked against the link's network. */
export function parseExplorerState(raw: unknown): { ok: true; value: Partial<ExplorerState> } | { ok: false; error: string } {
  if (!isPlainObject(raw)) return { ok: false, error: S.errors.notObject };
  const value: Partial<ExplorerState> = {};
  let network: NetworkId | undefined;
  if ('network' in raw) {
    const id = raw.network;
    if (typeof id !== 'string') return { ok: false, error: S.errors.networkNotString };
    if (!isNetworkId(id)) return { ok: false, error: unknownNetworkMessage(id) };
    network = id;
    value.network = id;
  }
  if ('open' in raw) {
    const open = raw.open;
    if (!Array.isArray(open) || open.length > 5000 || !open.every((n) => typeof n === 'string' && n.length <= MAX_NAME)) {
      return { ok: false, error: S.errors.openNotList };
    }
    if (network) {
      const a = analysis(network);
      const blocks = new Set(blockNames(a.tree));
      const unknown = open.filter((n) => !blocks.has(n));
      if (unknown.length) return { ok: false, error: S.errors.unknownBlocks(unknown.map((n) => `"${n}"`).join(', '), a.title) };
    }
    value.open = open as string[];
  }
  if ('selected' in raw) {
    if (typeof raw.selected !== 'string' || raw.selected.length > MAX_NAME) return { ok: false, error: S.errors.selectedNotString };
    value.selected = raw.selected;
  }
  if ('exact' in raw) {
    if (typeof raw.exact !== 'boolean') return { ok: false, error: S.errors.exactNotBoolean };
    value.exact = raw.exact;
  }
  return { ok: true, value };
}

/** ArchitectureExplorer's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { bool, custom, defineSchema, text, type Issue, type StateOf } from '@/lib/store/schema';
import { analysis, blockNames, isNetworkId, type NetworkId } from './model';

export const DEFAULT_NETWORK: NetworkId = 'vgg16';
const MAX_NAME = 200;

/**
 * Reason codes that name what they refer to (a strings.ts words them): `unknown-network:<id>`
 * shows the id back to the reader, `unknown-blocks:<network>:<names>` names the network by its title.
 */
export const REASONS = { notId: 'not-id', notList: 'not-list', unknownNetwork: 'unknown-network:', unknownBlocks: 'unknown-blocks:' } as const;

export const schema = defineSchema(
  {
    /** A catalogue id. */
    network: custom<NetworkId>(DEFAULT_NETWORK, (v) => {
      if (typeof v !== 'string') return { reason: REASONS.notId };
      return isNetworkId(v) ? { value: v } : { reason: `${REASONS.unknownNetwork}${v.slice(0, 40)}` };
    }),
    /** The open (expanded) blocks, by full name. */
    open: custom<string[]>([], (v) =>
      Array.isArray(v) && v.length <= 5000 && v.every((n) => typeof n === 'string' && n.length <= MAX_NAME) ? { value: [...(v as string[])] } : { reason: REASONS.notList },
    ),
    /** The layer or block the diagram points at: 'input', a row or block name, or '' for none. */
    selected: text(MAX_NAME, ''),
    /** Exact counts with separators instead of compact ones (138 M). */
    exact: bool(false),
  },
  {
    // Block names given with a network are checked against it.
    check: (s, given): Issue[] => {
      if (!given.has('open')) return [];
      const blocks = new Set(blockNames(analysis(s.network).tree));
      const unknown = s.open.filter((n) => !blocks.has(n));
      const names = unknown.map((n) => `"${n}"`).join(', ');
      return unknown.length ? [{ field: 'open', code: 'invalid', detail: `${REASONS.unknownBlocks}${s.network}:${names}` }] : [];
    },
    // A link that changes only the network closes the blocks the old one had open.
    normalize: (s) => {
      const blocks = new Set(blockNames(analysis(s.network).tree));
      return s.open.every((n) => blocks.has(n)) ? s : { ...s, open: s.open.filter((n) => blocks.has(n)) };
    },
  },
);

export type ExplorerState = StateOf<typeof schema.fields>;

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

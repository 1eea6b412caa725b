/**
 * What explaining units of one pass shares: the network's weights (copied once) and anything
 * costly computed for a whole layer or channel (a conv channel's trace, a block's recomputed
 * parts), so moving from unit to unit in the widget does not redo it. Kept per pass: a new
 * image or a retrained network gives a new pass and a fresh cache.
 */
import type { Network } from '../training/network';
import type { OverviewPass } from './types';

interface PassCache {
  weights: Map<string, Float32Array>;
  items: Map<string, unknown>;
}

const caches = new WeakMap<OverviewPass, PassCache>();

function cacheOf(network: Network, pass: OverviewPass): PassCache {
  let cache = caches.get(pass);
  if (!cache) {
    cache = { weights: network.getWeights(), items: new Map() };
    caches.set(pass, cache);
  }
  return cache;
}

/** A named weight of the network (`<layer>.<what>`), or an error naming what is missing. */
export function weight(network: Network, pass: OverviewPass, name: string): Float32Array {
  const w = cacheOf(network, pass).weights.get(name);
  if (!w) throw new Error(`The network has no weight "${name}".`);
  return w;
}

/** `make()` once per (pass, key). */
export function cached<T>(network: Network, pass: OverviewPass, key: string, make: () => T): T {
  const { items } = cacheOf(network, pass);
  if (!items.has(key)) items.set(key, make());
  return items.get(key) as T;
}

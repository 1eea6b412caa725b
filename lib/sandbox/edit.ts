/** Edits of the block list, as pure functions on arrays (the store keeps a key per block beside them). */

/** A copy with item `from` moved by `by` places, or the same array when that leaves the list. */
export function moveItem<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[from], out[to]] = [out[to], out[from]];
  return out;
}

export function removeItem<T>(list: readonly T[], at: number): T[] {
  return list.filter((_, i) => i !== at);
}

export function insertItem<T>(list: readonly T[], at: number, item: T): T[] {
  const i = Math.max(0, Math.min(list.length, at));
  return [...list.slice(0, i), item, ...list.slice(i)];
}

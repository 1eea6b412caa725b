/** The order an ordering question first shows its items in: shuffled, never already solved. */
export function shuffledOrder(n: number, next: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return order;
  do {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  } while (order.every((v, i) => v === i));
  return order;
}

/** Moves the item at `from` one place up (−1) or down (+1); the order is returned as a new list. */
export function moveItem(order: number[], from: number, by: -1 | 1): number[] {
  const to = from + by;
  if (to < 0 || to >= order.length) return order;
  const out = [...order];
  [out[from], out[to]] = [out[to], out[from]];
  return out;
}

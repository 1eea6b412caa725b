/** Power-of-ten ticks and their labels for the cost widgets' log-scale charts. No React. */

const SUFFIX = ['', 'K', 'M', 'G', 'T', 'P', 'E'];

/** 10^k as a short label: 1, 10, 100, 1K, 10K, …, 1G. */
export function powerLabel(k: number): string {
  const group = Math.floor(k / 3);
  if (group >= SUFFIX.length) return `1e${k}`;
  return `${10 ** (k % 3)}${SUFFIX[group] ? ` ${SUFFIX[group]}` : ''}`;
}

/** Exponents from lo to hi (inclusive) thinned so that at most `maxTicks` remain, hi always kept. */
export function decadeTicks(lo: number, hi: number, maxTicks: number): number[] {
  const step = Math.max(1, Math.ceil((hi - lo) / Math.max(1, maxTicks - 1)));
  const ticks: number[] = [];
  for (let k = hi; k >= lo; k -= step) ticks.unshift(k);
  return ticks;
}

import type { ChartSize } from './ChartFrame';

/**
 * Facets: the plot area of a ChartFrame cut into `count` panels stacked top to bottom, `gap`
 * pixels apart, sharing the x range (f above f′, loss above gradient). Each panel is a ChartSize
 * of its own, so axes and marks place themselves in it as in a whole chart; a panel's x-axis
 * title sits in the gap under it.
 */
export function stackPanels(size: ChartSize, count: number, gap: number): ChartSize[] {
  const each = Math.max(20, (size.bottom - size.top - gap * (count - 1)) / count);
  return Array.from({ length: count }, (_, i) => {
    const top = size.top + i * (each + gap);
    const bottom = top + each;
    return { ...size, top, bottom, height: i === count - 1 ? size.height : bottom + gap };
  });
}

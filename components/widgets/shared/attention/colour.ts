/** A colour ramp for feature maps and masks (dark blue → teal → yellow), readable in both themes. No React. */
const STOPS: [number, number, number][] = [
  [20, 24, 60],
  [40, 80, 140],
  [30, 150, 140],
  [120, 200, 90],
  [250, 230, 60],
];

/** RGB for t in [0, 1] (clamped). */
export function ramp(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [STOPS[i], STOPS[i + 1]];
  return [0, 1, 2].map((j) => Math.round(a[j] + (b[j] - a[j]) * f)) as [number, number, number];
}

/** A diverging ramp for t in [−1, 1]: blue below zero, neutral grey at zero, orange above. */
export function diverging(t: number): string {
  const x = Math.min(1, Math.max(-1, t));
  const mix = (from: number[], to: number[], f: number) => from.map((v, j) => Math.round(v + (to[j] - v) * f));
  const rgb = x < 0 ? mix([150, 150, 150], [40, 100, 220], -x) : mix([150, 150, 150], [235, 120, 20], x);
  return `rgb(${rgb.join(',')})`;
}

/**
 * Counts as readers read them: thousands separators ("34,944") and a compact form ("34.9 K",
 * "44.9 G"). A fixed locale keeps the prerendered HTML and the browser's render identical.
 * Shared by the cost widgets (ConvCostCounter, FcScaling, LayerPattern).
 */
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "105,415,200"; "≈" marks a value past 2^53, where a double no longer holds every integer. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const text = whole.format(n);
  return Math.abs(n) > Number.MAX_SAFE_INTEGER ? `≈${text}` : text;
}

const UNITS: [string, number][] = [
  ['E', 1e18],
  ['P', 1e15],
  ['T', 1e12],
  ['G', 1e9],
  ['M', 1e6],
  ['K', 1e3],
];

/** Three significant digits with an SI-style suffix: 34,944 → "34.9 K", 105,415,200 → "105 M". */
export function formatCompact(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  for (const [suffix, unit] of UNITS) {
    // Round first so 999,960 reads "1.00 M", not "1,000 K".
    const v = Number((abs / unit).toPrecision(3));
    if (v >= 1) return `${n < 0 ? '-' : ''}${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${suffix}`;
  }
  return Number.isInteger(n) ? String(n) : n.toPrecision(3);
}

/** A ratio for "×N": whole with separators from 100 up, one or two decimals below. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '—';
  if (r >= 100) return formatCount(Math.round(r));
  if (r >= 10) return r.toFixed(1).replace(/\.0$/, '');
  return r.toFixed(2).replace(/\.?0+$/, '');
}

/** Bytes in decimal units: "9.44 GB", "618 KB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  const units: [string, number][] = [
    ['TB', 1e12],
    ['GB', 1e9],
    ['MB', 1e6],
    ['KB', 1e3],
  ];
  for (const [suffix, unit] of units) {
    const v = Number((bytes / unit).toPrecision(3));
    if (v >= 1) return `${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)} ${suffix}`;
  }
  return `${bytes} B`;
}

/** A count in TeX with KaTeX-safe separators: 34944 → "34{,}944". */
export function texCount(n: number): string {
  return formatCount(n).replace('≈', '\\approx ').replace(/,/g, '{,}');
}

/** Megabytes (10^6 bytes) with separators: "618 MB", "3.14 MB", "9,437 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1e6;
  if (!Number.isFinite(mb)) return '—';
  if (mb >= 100) return `${formatCount(Math.round(mb))} MB`;
  return `${Number(mb.toPrecision(3))} MB`;
}

/** Exact below 100,000 ("1,792"), compact above ("155 M"): for labels inside charts. */
export function formatShort(n: number): string {
  return Math.abs(n) < 1e5 ? formatCount(n) : formatCompact(n);
}

/** U+2212, the minus sign typeset numbers use (a hyphen is shorter and breaks lines). */
export const MINUS = '\u2212';

/** A typed minus sign in place of a hyphen-minus at the start of a number or an exponent. */
export const withMinus = (text: string) => text.replace(/^-/, MINUS).replace(/e-/, `e${MINUS}`);

/**
 * A signed value with `digits` decimals and a true minus sign: −0.68, 1.50. A value that rounds
 * to zero reads "0.00", never "−0.00".
 */
export function formatSigned(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '—' : v > 0 ? '∞' : `${MINUS}∞`;
  const text = v.toFixed(digits);
  return /^-[0.]*$/.test(text) ? text.slice(1) : withMinus(text);
}

/** Like formatSigned, but without trailing zeros: −0.5, 2, 0.125. */
export function formatSignedShort(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return formatSigned(v);
  return withMinus(String(Number(v.toFixed(digits)) + 0));
}

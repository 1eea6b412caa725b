/** How FcAsConv and PointwiseConv print their seeded numbers. Pure. */

/** Three decimals, a true minus sign. */
export const fmt3 = (v: number) => {
  const r = Math.round(v * 1000) / 1000;
  return (r === 0 ? 0 : r).toFixed(3).replace('-', '−');
};
export const fmt1 = (v: number) => (v === 0 ? 0 : v).toFixed(1).replace('-', '−');

/** A difference: "0" when the floats are identical, else in scientific notation. */
export const fmtDiff = (d: number) => (d === 0 ? '0' : d.toExponential(1).replace('-', '−'));

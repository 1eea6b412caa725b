/**
 * How spread out a map of gradient magnitudes is: its centre of mass, its standard deviation
 * along each axis, and the smallest square around a given cell that holds a given share of it.
 * Plain arithmetic, used to put a number on the effective receptive field.
 */

export interface FieldSpread {
  /** Sum of all magnitudes (0 for an all-zero map). */
  total: number;
  /** Centre of mass, [row, col]. */
  mean: [number, number];
  /** Standard deviation along rows and along columns, in cells. */
  std: [number, number];
}

/** Centre of mass and spread of a side × side row-major map of non-negative weights. */
export function fieldSpread(magnitude: ArrayLike<number>, side: number): FieldSpread {
  let total = 0, sr = 0, sc = 0;
  for (let i = 0; i < side * side; i++) {
    const m = magnitude[i];
    total += m;
    sr += m * Math.floor(i / side);
    sc += m * (i % side);
  }
  if (total === 0) return { total, mean: [NaN, NaN], std: [NaN, NaN] };
  const mr = sr / total, mc = sc / total;
  let vr = 0, vc = 0;
  for (let i = 0; i < side * side; i++) {
    const m = magnitude[i];
    vr += m * (Math.floor(i / side) - mr) ** 2;
    vc += m * ((i % side) - mc) ** 2;
  }
  return { total, mean: [mr, mc], std: [Math.sqrt(vr / total), Math.sqrt(vc / total)] };
}

/**
 * Side of the smallest square of cells centred on `centre` (growing one ring at a time: 1, 3,
 * 5, …) that holds at least `share` of the total. Cells off the map count as zero.
 */
export function shareSquare(magnitude: ArrayLike<number>, side: number, centre: readonly [number, number], share: number): number {
  const [cr, cc] = centre;
  const maxRadius = Math.max(cr, cc, side - 1 - cr, side - 1 - cc);
  // The largest square covers the whole map: an all-zero map has no square.
  if (shareInSquare(magnitude, side, centre, 2 * maxRadius + 1) === 0) return 0;
  for (let radius = 0; radius <= maxRadius; radius++) {
    if (shareInSquare(magnitude, side, centre, 2 * radius + 1) >= share * (1 - 1e-9)) return 2 * radius + 1;
  }
  return 2 * maxRadius + 1;
}

/**
 * Share of the total inside the square of side `squareSide` (odd) centred on `centre`; cells of
 * the square off the map count as zero. 0 for an all-zero map.
 */
export function shareInSquare(magnitude: ArrayLike<number>, side: number, centre: readonly [number, number], squareSide: number): number {
  let total = 0;
  for (let i = 0; i < side * side; i++) total += magnitude[i];
  if (total === 0) return 0;
  const radius = (squareSide - 1) / 2;
  const [cr, cc] = centre;
  let inside = 0;
  for (let r = Math.max(0, cr - radius); r <= Math.min(side - 1, cr + radius); r++) {
    for (let c = Math.max(0, cc - radius); c <= Math.min(side - 1, cc + radius); c++) inside += magnitude[r * side + c];
  }
  return inside / total;
}

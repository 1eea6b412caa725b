/**
 * Direct loop implementations used as an independent reference for settings the golden files do
 * not cover (stride with dilation, groups that are not depthwise, pooling with padding).
 * Test plumbing only.
 */
export interface ConvRef {
  x: Float32Array; xShape: [number, number, number, number];
  w: Float32Array; wShape: [number, number, number, number];
  b?: Float32Array;
  stride: [number, number]; padding: [number, number]; dilation: [number, number]; groups: number;
}

export function convOutShape(r: ConvRef): [number, number, number, number] {
  const [n, , h, w] = r.xShape;
  const [o, , kh, kw] = r.wShape;
  const oh = Math.floor((h + 2 * r.padding[0] - r.dilation[0] * (kh - 1) - 1) / r.stride[0]) + 1;
  const ow = Math.floor((w + 2 * r.padding[1] - r.dilation[1] * (kw - 1) - 1) / r.stride[1]) + 1;
  return [n, o, oh, ow];
}

/** Visits every (output, weight, input) triple of the convolution once. */
function eachTap(r: ConvRef, visit: (yi: number, wi: number, xi: number) => void, visitOut?: (yi: number, o: number) => void) {
  const [n, c, h, w] = r.xShape;
  const [o, cg, kh, kw] = r.wShape;
  const [, , oh, ow] = convOutShape(r);
  const og = o / r.groups;
  for (let ni = 0; ni < n; ni++) for (let oi = 0; oi < o; oi++) for (let y = 0; y < oh; y++) for (let x = 0; x < ow; x++) {
    const yi = ((ni * o + oi) * oh + y) * ow + x;
    visitOut?.(yi, oi);
    const g = Math.floor(oi / og);
    for (let ci = 0; ci < cg; ci++) for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) {
      const row = y * r.stride[0] - r.padding[0] + i * r.dilation[0];
      const col = x * r.stride[1] - r.padding[1] + j * r.dilation[1];
      if (row < 0 || row >= h || col < 0 || col >= w) continue;
      const xi = ((ni * c + g * cg + ci) * h + row) * w + col;
      visit(yi, ((oi * cg + ci) * kh + i) * kw + j, xi);
    }
  }
}

export function convForwardRef(r: ConvRef): Float32Array {
  const [n, o, oh, ow] = convOutShape(r);
  const y = new Float32Array(n * o * oh * ow);
  eachTap(r, (yi, wi, xi) => (y[yi] += r.w[wi] * r.x[xi]), (yi, oi) => (y[yi] = r.b ? r.b[oi] : 0));
  return y;
}

/** Gradients of sum(y * gy). */
export function convGradRef(r: ConvRef, gy: Float32Array) {
  const dx = new Float32Array(r.x.length);
  const dw = new Float32Array(r.w.length);
  const db = new Float32Array(r.wShape[0]);
  eachTap(r, (yi, wi, xi) => {
    dx[xi] += gy[yi] * r.w[wi];
    dw[wi] += gy[yi] * r.x[xi];
  }, (yi, oi) => (db[oi] += gy[yi]));
  return { dx, dw, db };
}

/** Pooling of one [H, W] plane; padding cells are skipped (max) or counted as zeros (avg, if included). */
export function poolPlaneRef(
  plane: Float32Array, h: number, w: number, k: number, s: number, p: number, mode: 'max' | 'avg', countIncludePad = true,
): { y: number[]; argmax: number[] } {
  const oh = Math.floor((h + 2 * p - k) / s) + 1;
  const ow = Math.floor((w + 2 * p - k) / s) + 1;
  const y: number[] = [];
  const argmax: number[] = [];
  for (let oy = 0; oy < oh; oy++) for (let ox = 0; ox < ow; ox++) {
    let best = -Infinity;
    let at = -1;
    let sum = 0;
    let real = 0;
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) {
      const row = oy * s - p + i;
      const col = ox * s - p + j;
      if (row < 0 || row >= h || col < 0 || col >= w) continue;
      const v = plane[row * w + col];
      real++;
      sum += v;
      if (v > best) [best, at] = [v, row * w + col];
    }
    y.push(mode === 'max' ? best : sum / (countIncludePad ? k * k : real));
    argmax.push(at);
  }
  return { y, argmax };
}

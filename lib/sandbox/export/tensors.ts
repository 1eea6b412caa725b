/** Weight layouts: the course's (TensorFlow's HWIO kernels, [in, out] dense) into other frameworks'. */

export type Weights = Map<string, Float32Array>;

export interface ExportedTensor {
  shape: number[];
  data: Float32Array;
}

/** A named weight of the expected size, or an error that names it (a file from another network). */
export function takeWeight(weights: Weights, name: string, size: number): Float32Array {
  const w = weights.get(name);
  if (!w) throw new Error(`The trained network has no weight "${name}".`);
  if (w.length !== size) throw new Error(`The weight "${name}" has ${w.length} values; the layer needs ${size}.`);
  return w;
}

/** [k, k, cin, cout] → [cout, cin, k, k]. */
export function hwioToOihw(w: Float32Array, k: number, cin: number, cout: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let y = 0; y < k; y++)
    for (let x = 0; x < k; x++)
      for (let i = 0; i < cin; i++)
        for (let o = 0; o < cout; o++) out[((o * cin + i) * k + y) * k + x] = w[((y * k + x) * cin + i) * cout + o];
  return out;
}

/** [rows, cols] → [cols, rows]. */
export function transpose2d(w: Float32Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = w[r * cols + c];
  return out;
}

/**
 * Flattening an [h, w, c] map: position j of a channel-first (PyTorch) flatten holds feature
 * order[j] of a channel-last (TensorFlow) flatten.
 */
export function chwOrder([h, w, c]: [number, number, number]): Int32Array {
  const order = new Int32Array(h * w * c);
  let j = 0;
  for (let ch = 0; ch < c; ch++) for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) order[j++] = (y * w + x) * c + ch;
  return order;
}

/** [rows, n] with column j taken from column order[j]. */
export function permuteColumns(w: Float32Array, rows: number, order: Int32Array): Float32Array {
  const n = order.length;
  const out = new Float32Array(w.length);
  for (let r = 0; r < rows; r++) for (let j = 0; j < n; j++) out[r * n + j] = w[r * n + order[j]];
  return out;
}

/** A weights file both exporters write: JSON, tensors by name, each with its shape and values. */
export function weightsJson(format: string, about: Record<string, string | number>, tensors: Map<string, ExportedTensor> | [string, ExportedTensor[]][]): string {
  const round = (t: ExportedTensor) => ({ shape: t.shape, data: Array.from(t.data, (v) => Number(v.toPrecision(8))) });
  const body = tensors instanceof Map ? { tensors: Object.fromEntries([...tensors].map(([k, t]) => [k, round(t)])) } : { layers: Object.fromEntries(tensors.map(([k, list]) => [k, list.map(round)])) };
  return JSON.stringify({ format, about, ...body });
}

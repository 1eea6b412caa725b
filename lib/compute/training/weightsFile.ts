/**
 * A trained network in one binary file (public/models/*.weights): a 4-byte little-endian length,
 * a JSON header (the spec, where the model came from, every weight's name and size), then the
 * float32 values in header order. Scripts that train models in Node write it; widgets fetch it.
 */
import type { NetworkSpec } from './spec';
import { inferShapes } from './spec';

export interface WeightsHeader {
  format: 'cnn-course-weights/1';
  spec: NetworkSpec;
  /** How the weights were made (script, seed, data, accuracy), shown to readers who ask. */
  about: Record<string, string | number>;
  entries: { name: string; size: number }[];
}

export function encodeWeights(spec: NetworkSpec, weights: Map<string, Float32Array>, about: WeightsHeader['about']): Uint8Array {
  const entries = [...weights].map(([name, w]) => ({ name, size: w.length }));
  const header: WeightsHeader = { format: 'cnn-course-weights/1', spec, about, entries };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const pad = (4 - ((4 + json.length) % 4)) % 4; // float32 data starts 4-byte aligned
  const total = entries.reduce((n, e) => n + e.size, 0);
  const out = new Uint8Array(4 + json.length + pad + total * 4);
  new DataView(out.buffer).setUint32(0, json.length + pad, true);
  out.set(json, 4);
  out.fill(0x20, 4 + json.length, 4 + json.length + pad);
  const floats = new Float32Array(out.buffer, 4 + json.length + pad, total);
  let at = 0;
  for (const w of weights.values()) {
    floats.set(w, at);
    at += w.length;
  }
  return out;
}

export function decodeWeights(bytes: Uint8Array): { header: WeightsHeader; weights: Map<string, Float32Array> } {
  const fail = (why: string): never => {
    throw new Error(`The model file is damaged or not a course model (${why}).`);
  };
  if (bytes.length < 8) fail('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  if (4 + headerLength > bytes.length) fail('header length');
  let header: WeightsHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as WeightsHeader;
  } catch {
    return fail('header is not JSON');
  }
  if (header.format !== 'cnn-course-weights/1') fail(`format ${String(header.format)}`);
  const shapes = inferShapes(header.spec);
  if (!shapes.ok) fail(shapes.error);
  const total = header.entries.reduce((n, e) => n + e.size, 0);
  if (bytes.length !== 4 + headerLength + total * 4) fail('size does not match the header');
  const data = new Float32Array(bytes.slice(4 + headerLength).buffer);
  const weights = new Map<string, Float32Array>();
  let at = 0;
  for (const e of header.entries) {
    weights.set(e.name, data.subarray(at, at + e.size));
    at += e.size;
  }
  return { header, weights };
}

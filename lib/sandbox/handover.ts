/**
 * "Look inside": the sandbox hands the network it just trained to the overview page through the
 * browser's storage (same origin, nothing leaves the machine). The network travels as the
 * course's weights file (spec + weights), base64 in one storage entry. Reading checks everything:
 * a missing, stale or damaged entry gives a sentence, never an exception.
 */
import { decodeWeights, encodeWeights, type WeightsHeader } from '../compute/training/weightsFile';
import type { NetworkSpec } from '../compute/training/spec';

export const HANDOVER_KEY = 'cnn-course:look-inside';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type Handover =
  | { ok: true; spec: NetworkSpec; weights: Map<string, Float32Array>; about: WeightsHeader['about'] }
  | { ok: false; error: string };

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** Stores the network; returns an error sentence when the browser refuses (full or blocked storage). */
export function saveHandover(storage: StorageLike, spec: NetworkSpec, weights: Map<string, Float32Array>, about: WeightsHeader['about']): string | null {
  try {
    storage.setItem(HANDOVER_KEY, toBase64(encodeWeights(spec, weights, about)));
    return null;
  } catch (e) {
    return `The browser would not store the network (${e instanceof Error ? e.message : String(e)}); free some site storage or try a smaller network.`;
  }
}

export function readHandover(storage: StorageLike): Handover {
  let text: string | null;
  try {
    text = storage.getItem(HANDOVER_KEY);
  } catch {
    return { ok: false, error: 'This browser does not let the page read its storage, so the sandbox network cannot be opened here.' };
  }
  if (!text) return { ok: false, error: 'No sandbox network is waiting: train one in the sandbox and press “Look inside”.' };
  try {
    const { header, weights } = decodeWeights(fromBase64(text));
    return { ok: true, spec: header.spec, weights, about: header.about };
  } catch (e) {
    return { ok: false, error: `The stored sandbox network cannot be read (${e instanceof Error ? e.message : 'damaged'}); train it again and press “Look inside”.` };
  }
}

'use client';
import { useEffect, useReducer } from 'react';
import { assetUrl } from '../assetUrl';
import type { TypedImage } from './customInput';
import { inputSource, parseImageJson, type InputImage, type InputName, type Mode } from './presets';

export { assetUrl };

// Loaded images are shared by every widget on the page, and kept for the visit.
const loaded = new Map<string, InputImage | Error>();
const pending = new Map<string, Promise<void>>();

function load(path: string): Promise<void> {
  let p = pending.get(path);
  if (!p) {
    p = fetch(assetUrl(path))
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json() as Promise<unknown>;
      })
      .then((raw) => {
        const image = parseImageJson(raw);
        loaded.set(path, typeof image === 'string' ? new Error(image) : image);
      })
      .catch((e: unknown) => {
        loaded.set(path, e instanceof Error ? e : new Error(String(e)));
        pending.delete(path); // choosing the photo again retries
      });
    pending.set(path, p);
  }
  return p;
}

export type ImageStatus =
  | { status: 'ready'; image: InputImage }
  | { status: 'loading' }
  | { status: 'error'; error: string }
  /** The reader's typed input has cells that are not numbers (its editor says which). */
  | { status: 'invalid' };

/** The chosen input; `typed` is the reader's own grid, used when `name` is 'custom'. */
export function useInputImage(name: InputName, mode: Mode, typed: TypedImage): ImageStatus {
  const source = inputSource(name, mode);
  const path = source.kind === 'fetch' ? source.path : null;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!path) return;
    const got = loaded.get(path);
    if (got && !(got instanceof Error)) return;
    let live = true;
    void load(path).then(() => live && rerender());
    return () => {
      live = false;
    };
  }, [path]);
  if (source.kind === 'inline') return { status: 'ready', image: source.image };
  if (source.kind === 'typed') return typed.ok ? { status: 'ready', image: typed.image } : { status: 'invalid' };
  const got = loaded.get(source.path);
  if (!got) return { status: 'loading' };
  return got instanceof Error ? { status: 'error', error: got.message } : { status: 'ready', image: got };
}

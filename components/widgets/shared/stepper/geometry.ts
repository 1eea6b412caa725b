/**
 * Output size per axis (lib/nn's formula) and keyboard moves of the window: plain arithmetic,
 * available before the compute engine loads. Which input cell a kernel cell reads is
 * lib/compute/convWindow's job (a tfjs-free module).
 */
import { convOutputSize } from '@/lib/nn/convArithmetic';
import type { ConvTrace } from '@/lib/compute/types';
import { strings } from './strings';

export interface Axis {
  n: number;
  f: number;
  size: number;
  exact: boolean;
  leftover: number;
}

/** The numbers of a convolution's geometry, as a trace carries them. */
type TraceGeometry = Pick<ConvTrace, 'inH' | 'inW' | 'kh' | 'kw' | 'stride' | 'padding' | 'dilation' | 'outH' | 'outW'>;

export interface Geometry extends TraceGeometry {
  /** Number of window positions, outH · outW. */
  positions: number;
  rows: Axis;
  cols: Axis;
}

export type GeometryResult = { ok: true; geometry: Geometry } | { ok: false; error: string };

export function convGeometry(inH: number, inW: number, k: number, stride: number, padding: number, dilation: number): GeometryResult {
  const h = convOutputSize({ n: inH, f: k, p: padding, s: stride, d: dilation });
  if (!h.ok) return { ok: false, error: strings.axis('height', h.error) };
  const w = convOutputSize({ n: inW, f: k, p: padding, s: stride, d: dilation });
  if (!w.ok) return { ok: false, error: strings.axis('width', w.error) };
  return {
    ok: true,
    geometry: {
      inH,
      inW,
      kh: k,
      kw: k,
      stride,
      padding,
      dilation,
      outH: h.size,
      outW: w.size,
      positions: h.size * w.size,
      rows: { n: inH, f: k, size: h.size, exact: h.exact, leftover: h.leftover },
      cols: { n: inW, f: k, size: w.size, exact: w.exact, leftover: w.leftover },
    },
  };
}

/** Moves the window by arrow key: left/right step through windows, up/down change row. */
export function stepByKey(key: string, step: number, g: Geometry): number | null {
  const last = g.positions - 1;
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, step - 1);
    case 'ArrowRight':
      return Math.min(last, step + 1);
    case 'ArrowUp':
      return step - g.outW >= 0 ? step - g.outW : step;
    case 'ArrowDown':
      return step + g.outW <= last ? step + g.outW : step;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** The geometry a trace was computed with (the trace carries every number needed). */
export function geometryOfTrace(t: TraceGeometry): Geometry {
  // What the last window leaves unread comes from lib/nn's formula, like the sizes themselves.
  const axis = (n: number, f: number, size: number): Axis => {
    const out = convOutputSize({ n, f, p: t.padding, s: t.stride, d: t.dilation });
    return out.ok ? { n, f, size, exact: out.exact, leftover: out.leftover } : { n, f, size, exact: true, leftover: 0 };
  };
  return {
    inH: t.inH,
    inW: t.inW,
    kh: t.kh,
    kw: t.kw,
    stride: t.stride,
    padding: t.padding,
    dilation: t.dilation,
    outH: t.outH,
    outW: t.outW,
    positions: t.outH * t.outW,
    rows: axis(t.inH, t.kh, t.outH),
    cols: axis(t.inW, t.kw, t.outW),
  };
}

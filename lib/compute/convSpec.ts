/**
 * Checking a ConvSpec before any tensor exists, so a widget can show a readable reason instead
 * of a crash. Plain arithmetic, no tfjs.
 */
import { convOutputSize } from '../nn/convArithmetic';
import type { ConvSpec } from './types';

export interface ConvSpecGeometry {
  inChannels: number;
  inH: number;
  inW: number;
  outChannels: number;
  kh: number;
  kw: number;
  outH: number;
  outW: number;
}

const isSize = (v: number) => Number.isInteger(v) && v >= 1;

/** The geometry of a valid spec, or a sentence saying what is wrong with it. */
export function checkConvSpec(spec: ConvSpec): { ok: true; geometry: ConvSpecGeometry } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  if (spec.inputShape.length !== 3 || !spec.inputShape.every(isSize)) {
    return fail(`The input shape must be three whole numbers [channels, height, width], each at least 1 (got [${spec.inputShape}]).`);
  }
  if (spec.kernelShape.length !== 4 || !spec.kernelShape.every(isSize)) {
    return fail(`The kernel shape must be four whole numbers [kernels, channels, height, width], each at least 1 (got [${spec.kernelShape}]).`);
  }
  const [inChannels, inH, inW] = spec.inputShape;
  const [outChannels, kc, kh, kw] = spec.kernelShape;
  if (kc !== inChannels) {
    return fail(`Each kernel has ${kc} channel${kc === 1 ? '' : 's'} but the input has ${inChannels}: they must match.`);
  }
  if (spec.input.length !== inChannels * inH * inW) {
    return fail(`The input should hold ${inChannels}×${inH}×${inW} = ${inChannels * inH * inW} values (got ${spec.input.length}).`);
  }
  const kernelSize = outChannels * kc * kh * kw;
  if (spec.kernels.length !== kernelSize) {
    return fail(`The kernels should hold ${outChannels}×${kc}×${kh}×${kw} = ${kernelSize} values (got ${spec.kernels.length}).`);
  }
  if (spec.bias && spec.bias.length !== outChannels) {
    return fail(`There should be one bias per kernel, ${outChannels} in all (got ${spec.bias.length}).`);
  }
  for (const [what, data] of [['input', spec.input], ['kernels', spec.kernels], ['bias', spec.bias ?? []]] as const) {
    for (let i = 0; i < data.length; i++) {
      if (!Number.isFinite(data[i])) return fail(`The ${what} contain a value that is not a finite number (${data[i]} at index ${i}).`);
    }
  }
  const rows = convOutputSize({ n: inH, f: kh, p: spec.padding, s: spec.stride, d: spec.dilation });
  if (!rows.ok) return fail(rows.error);
  const cols = convOutputSize({ n: inW, f: kw, p: spec.padding, s: spec.stride, d: spec.dilation });
  if (!cols.ok) return fail(cols.error);
  return { ok: true, geometry: { inChannels, inH, inW, outChannels, kh, kw, outH: rows.size, outW: cols.size } };
}

/** The geometry of a valid spec; throws an Error with a readable message otherwise. */
export function convSpecGeometry(spec: ConvSpec): ConvSpecGeometry {
  const checked = checkConvSpec(spec);
  if (!checked.ok) throw new Error(checked.error);
  return checked.geometry;
}

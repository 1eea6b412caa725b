/** The TeX the counter renders, with the reader's numbers substituted. Pure strings; no KaTeX. */
import type { AxisDetail, ConvCost } from '@/lib/nn/convArithmetic';
import { texCount } from '@/lib/format/numberFormat';

const num = (v: number) => (Number.isInteger(v) ? texCount(v) : String(Number(v.toFixed(4))));

/** (n + 2p − f)/s + 1 for one axis; a floor appears only when the division is not exact. */
export function axisTex(a: AxisDetail, axis: 'H' | 'W' | 'H,W'): string {
  const symbolic = `\\text{out}_{${axis}} &= \\frac{n + 2p - f}{s} + 1`;
  const substituted = `\\frac{${num(a.n)} + 2\\cdot ${num(a.p)} - ${num(a.f)}}{${num(a.s)}} + 1`;
  if (a.exact) return `\\begin{aligned}${symbolic} \\\\ &= ${substituted} = ${num(a.size)}\\end{aligned}`;
  return `\\begin{aligned}${symbolic} \\\\ &= ${substituted} = ${num(a.raw)} \\\\ &\\to \\lfloor ${num(a.raw)} \\rfloor = ${num(a.size)}\\end{aligned}`;
}

export function paramsTex(c: ConvCost, k: number, cin: number, bias: boolean): string {
  if (!bias) {
    return `\\begin{aligned}\\text{params} &= k_h \\cdot k_w \\cdot C_{in} \\cdot C_{out} \\\\ &= ${num(k)} \\cdot ${num(k)} \\cdot ${num(cin)} \\cdot ${num(c.cout)} = ${num(c.params)}\\end{aligned}`;
  }
  return `\\begin{aligned}\\text{params} &= (k_h \\cdot k_w \\cdot C_{in} + 1) \\cdot C_{out} \\\\ &= (${num(k)} \\cdot ${num(k)} \\cdot ${num(cin)} + 1) \\cdot ${num(c.cout)} = ${num(c.params)}\\end{aligned}`;
}

export function macsTex(c: ConvCost, k: number, cin: number): string {
  return `\\begin{aligned}\\text{MACs} &= \\text{out}_H \\cdot \\text{out}_W \\cdot C_{out} \\cdot k_h \\cdot k_w \\cdot C_{in} \\\\ &= ${num(c.outH)} \\cdot ${num(c.outW)} \\cdot ${num(c.cout)} \\cdot ${num(k)} \\cdot ${num(k)} \\cdot ${num(cin)} \\\\ &= ${num(c.macs)}\\end{aligned}`;
}

export function fcParamsTex(c: ConvCost, bias: boolean): string {
  const { inputs, outputs, params } = c.fc;
  const b = bias ? ` + ${num(outputs)}` : '';
  const bSym = bias ? ' + N_{out}' : '';
  return `\\begin{aligned}\\text{params} &= N_{in} \\cdot N_{out}${bSym} \\\\ &= ${num(inputs)} \\cdot ${num(outputs)}${b} \\\\ &= ${num(params)}\\end{aligned}`;
}

export function fcMacsTex(c: ConvCost): string {
  const { inputs, outputs, macs } = c.fc;
  return `\\begin{aligned}\\text{MACs} &= N_{in} \\cdot N_{out} \\\\ &= ${num(inputs)} \\cdot ${num(outputs)} \\\\ &= ${num(macs)}\\end{aligned}`;
}

/**
 * What the classic-networks numbers tests share: the lesson's source and quizzes, the catalogue's
 * analyses of the networks it discusses, the published counts, and closed forms written out here
 * independently of the code.
 */
import { formatMegabytes } from '@/lib/format/numberFormat';
import { alexnet2012 } from '@/lib/nn/alexnet2012';
import { analyseGraph, analyseNetwork, type LayerRow, type NetworkAnalysis } from '@/lib/nn/catalogue';
import reference from '../../reference/architectures.json';
import { quizzes, read } from './lessonSource';

export const src = read('classic-networks');
export const quiz = quizzes(src);
export const published = (id: string) => {
  const m = reference.models.find((r) => r.id === id);
  if (!m) throw new Error(`${id} is not in the reference file`);
  return m;
};

export const row = (a: NetworkAnalysis, name: string): LayerRow => {
  const r = a.rows.find((x) => x.name === name);
  if (!r) throw new Error(`${a.id} has no row ${name}`);
  return r;
};
export const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
export const mb = (values: number) => formatMegabytes(values * 4);
/** Conv parameters by the closed form k·k·(cin/groups)·cout + cout. */
export const convP = (k: number, cin: number, cout: number, groups = 1) => k * k * (cin / groups) * cout + cout;
export const fcP = (nIn: number, nOut: number) => nIn * nOut + nOut;

export const lenet = analyseNetwork('lenet5');
export const alex = analyseNetwork('alexnet');
export const zf = analyseNetwork('zfnet');
export const vgg = analyseNetwork('vgg16');
export const vggBn = analyseNetwork('vgg16_bn');
export const paper = (() => {
  const r = analyseGraph(alexnet2012());
  if (!r.ok) throw new Error(r.error);
  return r;
})();

// CS231n's table, rebuilt here from its own recipe: memory = H·W·C of each output, weights = k·k·cin·cout.
export const cs231n: { values: number; weights: number }[] = [];
let c = 3;
let s = 224;
cs231n.push({ values: s * s * c, weights: 0 });
for (const [convs, width] of [[2, 64], [2, 128], [3, 256], [3, 512], [3, 512]]) {
  for (let i = 0; i < convs; i++) {
    cs231n.push({ values: s * s * width, weights: 3 * 3 * c * width });
    c = width;
  }
  s /= 2;
  cs231n.push({ values: s * s * c, weights: 0 });
}
for (const [nIn, nOut] of [[7 * 7 * 512, 4096], [4096, 4096], [4096, 1000]]) cs231n.push({ values: nOut, weights: nIn * nOut });
export const csValues = cs231n.reduce((a, r) => a + r.values, 0);
export const csWeights = cs231n.reduce((a, r) => a + r.weights, 0);

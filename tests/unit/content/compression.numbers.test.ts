/**
 * Every figure the compression lesson quotes, recomputed: layer sizes from the shipped model's
 * own spec (shape inference), bytes from the size arithmetic and by hand, quiz answers from the
 * library. Accuracy claims are measured in tests/unit/compression/compressionWasm.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { inferShapes } from '@/lib/compute/training/spec';
import { quantisedBytes, floatBytes, lowRankParams, sparseBytes } from '@/lib/compression/sizes';
import { quantise, dequantise } from '@/lib/compression/quantise';
import { COURSE_NETWORK, courseNetworkBytes } from '@/lib/quiz/challenges/compression';
import { DEFAULT_STATE as D, STEPS, STUDENT } from '@/components/widgets/DistillationTrainer/state';
import { DEFAULT_STATE as P } from '@/components/widgets/PruningExplorer/state';
import { loadTeacher } from '../compression/teacher';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows } from './lessonSource';

const src = read('compression');
const quiz = quizzes(src);
const { header, network } = loadTeacher();
const shapes = inferShapes(header.spec);
if (!shapes.ok) throw new Error(shapes.error);
const params = shapes.layers.filter((l) => l.params > 0).map((l) => l.params);
const weights = network.getWeights();
const kernels = [...weights].filter(([n]) => n.endsWith('.kernel'));
const allowed: number[] = [6000, 1000];

describe('lesson compression: the network', () => {
  it('lists each layer’s parameters and the total from the model’s spec', () => {
    // conv 3×3 1→16, conv 3×3 16→32, dense 7·7·32→64, dense 64→10, by the closed forms.
    expect(params).toEqual([9 * 16 + 16, 9 * 16 * 32 + 32, 7 * 7 * 32 * 64 + 64, 64 * 10 + 10]);
    for (const p of params) shows(src, `| ${fmt(p)} |`);
    shows(src, `**${fmt(shapes.params)}**`);
    shows(src, `that is ${fmt(shapes.params * 4)} bytes`);
    expect(floatBytes([...weights.values()].map((w) => ({ size: w.length })))).toBe(shapes.params * 4);
    expect(Math.round((100 * params[2]) / shapes.params)).toBe(95);
    expect((100 * (params[0] + params[1])) / shapes.params).toBeLessThan(5);
    shows(src, 'alone has 95 % of them');
    shows(src, 'fan-in of 1,568 against 9');
    allowed.push(...params, shapes.params, shapes.params * 4, 1568);
  });

  it('computes the 4-bit size: codes per kernel, 4 scales, 122 biases', () => {
    const codes = kernels.reduce((n, [, w]) => n + Math.ceil((w.length * 4) / 8), 0);
    const biases = shapes.params - kernels.reduce((n, [, w]) => n + w.length, 0);
    expect(biases).toBe(16 + 32 + 64 + 10);
    const total = codes + 4 * kernels.length + 4 * biases;
    expect(quantisedBytes([...weights].map(([n, w]) => ({ size: w.length, scales: n.endsWith('.kernel') ? 1 : 0 })), 4)).toBe(total);
    shows(src, `${fmt(codes)} bytes of codes, ${kernels.length} scales and ${biases} biases make ${fmt(total)} bytes`);
    shows(src, `${((shapes.params * 4) / total).toFixed(1)} times smaller`);
    allowed.push(codes, total);
  });

  it('uses the widgets’ defaults where it quotes them', () => {
    expect(P.sparsity).toBe(90);
    expect(P.batches).toBe(50);
    shows(src, 'at the default 90 %');
    shows(src, `${P.batches} batches of fine-tuning gain`);
    expect([D.temperature, D.alpha, D.perClass, STEPS]).toEqual([4, 0.9, 10, 300]);
    shows(src, `($T = ${D.temperature}$, $\\alpha = ${D.alpha}$, ${STEPS} batches)`);
    shows(src, `only ${D.perClass} labelled images per class (${10 * D.perClass} in all)`);
    const student = inferShapes(STUDENT);
    if (!student.ok) throw new Error(student.error);
    expect(student.params).toBe(4 * 9 + 4 + 7 * 7 * 4 * 10 + 10);
    shows(src, `${fmt(student.params)} weights, about a fiftieth`);
    expect(Math.round(shapes.params / student.params / 10) * 10).toBe(50);
    allowed.push(student.params);
  });

  it('low rank: rank 16 of the 1568 × 64 layer', () => {
    const full = 1568 * 64;
    const r = lowRankParams(1568, 64, 16);
    expect(r).toBe(16 * 1568 + 16 * 64);
    expect(Math.round(full / r)).toBe(4);
    shows(src, `${fmt(full)} weights), rank 16 needs $16 \\cdot (1568 + 64) = ${fmt(r).replace(',', '{,}')}$ weights, a quarter`);
    allowed.push(full, r);
  });
});

describe('lesson compression: quizzes', () => {
  it('4-bit bytes of the dense kernel with one scale', () => {
    const n = weights.get('7.kernel')!.length;
    expect(n).toBe(1568 * 64);
    const bytes = quantisedBytes([{ size: n, scales: 1 }], 4);
    expect(bytes).toBe((n * 4) / 8 + 4);
    expect(quiz.get('compression-4bit-bytes')!.answer).toBe(bytes);
    allowed.push(bytes, n * 4, (n * 4) / 8);
  });

  it('largest rounding error at 4 bits with max |w| = 0.35', () => {
    const w = Float32Array.from({ length: 701 }, (_, i) => -0.35 + i * 0.001);
    const q = quantise(w, 4);
    expect(q.scales[0]).toBeCloseTo(0.05, 6);
    const back = dequantise(q);
    const worst = Math.max(...w.map((v, i) => Math.abs(v - back[i])));
    expect(worst).toBeLessThanOrEqual(0.025 + 1e-6);
    expect(worst).toBeGreaterThan(0.024);
    expect(quiz.get('compression-error')!.answer).toBe(0.025);
  });

  it('sparse storage pays once more than a third is zero', () => {
    const n = 300;
    expect(sparseBytes(201)).toBeGreaterThan(4 * n);
    expect(sparseBytes(199)).toBeLessThan(4 * n);
    expect(quiz.get('compression-sparse')!.answer).toBe(1);
    expect(quiz.get('compression-global')!.answer).toBe(1);
    expect(quiz.get('compression-t-squared')!.answer).toBe(1);
    expect(quiz.size).toBeGreaterThanOrEqual(4);
  });

  it('quantisation budget challenge: the grader\'s copy of the network matches the model, and the bytes it quotes', () => {
    expect(kernels.map(([, w]) => w.length)).toEqual(COURSE_NETWORK.kernels.map((k) => k.size));
    expect(shapes.params - kernels.reduce((n, [, w]) => n + w.length, 0)).toBe(COURSE_NETWORK.biases);
    // A kernel's output channels are its bias's length.
    const channelsOf = (kernel: string) => weights.get(kernel.replace(/\.kernel$/, '.bias'))!.length;
    expect(kernels.map(([n]) => channelsOf(n))).toEqual(COURSE_NETWORK.kernels.map((k) => k.channels));
    const bytes = (bits: number, perChannel: boolean) =>
      quantisedBytes([...weights].map(([n, w]) => ({ size: w.length, scales: n.endsWith('.kernel') ? (perChannel ? channelsOf(n) : 1) : 0 })), bits);
    for (const bits of [8, 6, 4, 2]) {
      expect(courseNetworkBytes(bits, 'tensor')).toBe(bytes(bits, false));
      expect(courseNetworkBytes(bits, 'channel')).toBe(bytes(bits, true));
    }
    shows(src, `At 4 bits that makes ${fmt(courseNetworkBytes(4, 'channel'))} bytes`);
    shows(src, `6 bits would need ${fmt(courseNetworkBytes(6, 'channel'))}`);
    expect(courseNetworkBytes(4, 'channel')).toBeLessThanOrEqual(60000);
    expect(courseNetworkBytes(6, 'channel')).toBeGreaterThan(60000);
    allowed.push(courseNetworkBytes(4, 'channel'), courseNetworkBytes(6, 'channel'));
  });

  it('prints no big number that no test computes', () => onlyAllowedBigNumbers(src, allowed));
});

/**
 * Every figure the pooling lesson quotes is recomputed here: pooled values by the compute layer
 * (golden-tested against PyTorch), sizes and counts by lib/nn, stochastic pooling by lib/pooling.
 * Numbers with thousands separators are allow-listed, so a wrong figure typed into the prose fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { poolingTrace, ready } from '@/lib/compute';
import { convMacs, convParams, fcParams } from '@/lib/nn/convArithmetic';
import { poolOutputSize } from '@/lib/nn/poolArithmetic';
import { receptiveField } from '@/lib/nn/receptiveField';
import { stochasticPool2d } from '@/lib/pooling/stochasticPool';
import { CLASSIC } from '@/components/widgets/PoolingStepper/presets';
import { fmt, onlyAllowedBigNumbers, quizzes, read, shows, side, widgetProps } from './lessonSource';

beforeAll(ready);

const src = read('pooling');
const quiz = quizzes(src);
const two = (v: number) => Number(v.toFixed(2));
const classicPlane = Array.from(CLASSIC.data);
/** The classic map pooled with a 2 × 2 window and stride 2. */
const pool = (mode: 'max' | 'avg', kernel = 2, stride = 2, padding = 0) =>
  poolingTrace({ input: classicPlane, height: 4, width: 4, mode, kernel, stride, padding });

describe('lesson pooling: every figure is computed', () => {
  it('prints the classic 4 × 4 map as the widget has it, and its max and average pooling', () => {
    shows(src, String.raw`\begin{bmatrix} 1 & 1 & 2 & 4 \\ 5 & 6 & 7 & 8 \\ 3 & 2 & 1 & 0 \\ 1 & 2 & 3 & 4 \end{bmatrix}`);
    const max = Array.from(pool('max').output);
    const avg = Array.from(pool('avg').output).map(two);
    shows(src, String.raw`\begin{bmatrix} ${max[0]} & ${max[1]} \\ ${max[2]} & ${max[3]} \end{bmatrix}`);
    shows(src, String.raw`\begin{bmatrix} ${avg[0]} & ${avg[1]} \\ ${avg[2]} & ${avg[3]} \end{bmatrix}`);
    expect(widgetProps(src, 'PoolingStepper')).toMatchObject({ kernel: 2, stride: 2, padding: 0 });
  });

  it("counts VGG's first pooling: a quarter of the values, same channels", () => {
    const out = side(224, 2, 0, 2).size;
    shows(src, `224 × 224 × 64 (${fmt(224 * 224 * 64)} values) into ${out} × ${out} × 64 (${fmt(out * out * 64)} values)`);
    expect((out * out) / (224 * 224)).toBe(0.25);
    shows(src, 'keeps **25%** of the values');
  });

  it("gives AlexNet's overlapping pooling 55 → 27, like a 2 × 2 stride 2 pooling would", () => {
    const overlap = side(55, 3, 0, 2).size;
    shows(src, `$\\lfloor (55 - 3)/2 \\rfloor + 1 = ${overlap}$, i.e. ${overlap} × ${overlap} × 96`);
    shows(src, `from ${fmt(55 * 55 * 96)} values to ${fmt(overlap * overlap * 96)}`);
    expect(side(55, 2, 0, 2).size).toBe(overlap);
    expect(quiz.get('pooling-alexnet-size')?.answer).toBe(overlap);
    shows(quiz.get('pooling-alexnet-size')!.text, `(55 + 0 − 3) ÷ 2 + 1 = 26 + 1 = ${overlap}`);
  });

  it('says what a padded corner window divides by, as the compute layer does', () => {
    const plane = Float32Array.from({ length: 25 }, (_, i) => i + 1);
    const inc = poolingTrace({ input: plane, height: 5, width: 5, mode: 'avg', kernel: 3, stride: 2, padding: 1, countIncludePad: true });
    const exc = poolingTrace({ input: plane, height: 5, width: 5, mode: 'avg', kernel: 3, stride: 2, padding: 1, countIncludePad: false });
    const cornerSum = 1 + 2 + 6 + 7;
    expect(inc.output[0]).toBeCloseTo(cornerSum / 9, 5);
    expect(exc.output[0]).toBeCloseTo(cornerSum / 4, 5);
    shows(src, 'divides the sum of its 4 real cells by 9; with `False` it divides by 4');
  });

  it("rounds GoogLeNet's pooling up in ceil mode: 112 → 56, where floor gives 55", () => {
    const ceil = poolOutputSize({ n: 112, f: 3, s: 2, ceilMode: true });
    const floor = poolOutputSize({ n: 112, f: 3, s: 2 });
    expect(ceil.ok && floor.ok).toBe(true);
    if (!ceil.ok || !floor.ok) return;
    shows(src, `$\\lceil (112 - 3)/2 \\rceil + 1 = ${ceil.size}$, where rounding down would give ${floor.size}`);
  });

  it("quotes VGG's compute with and without the pooling before conv3-128", () => {
    const layer = (side: number) => ({ inH: side, inW: side, cin: 64, cout: 128, kh: 3, kw: 3, stride: 1, padding: 1 });
    const pooled = convMacs(layer(112));
    const unpooled = convMacs(layer(224));
    expect(unpooled / pooled).toBe(4);
    shows(src, `costs ${fmt(pooled)} multiply-accumulates; on the unpooled 224 × 224 map it would cost ${fmt(unpooled)}, four times`);
  });

  it("quotes VGG-16's first fully connected layer with and without the last pooling", () => {
    const flat = 7 * 7 * 512;
    const unpooled = 14 * 14 * 512;
    expect(fcParams(unpooled, 4096, false)).toBe(4 * fcParams(flat, 4096, false));
    shows(src, `would see 14 × 14 × 512 = ${fmt(unpooled)} values instead of 7 × 7 × 512 = ${fmt(flat)}, and need four times the weights: ${fmt(fcParams(unpooled, 4096, false))} instead of the ${fmt(fcParams(flat, 4096, false))} [counted in the fully connected lesson](/lessons/fc-dropout/)`);
  });

  it('computes the receptive fields with and without a pooling between two 3 × 3 convolutions', () => {
    const plain = receptiveField([{ kernel: 3 }, { kernel: 3 }]).size;
    const pooled = receptiveField([{ kernel: 3 }, { kernel: 2, stride: 2 }, { kernel: 3 }]).size;
    shows(src, `see a ${plain} × ${plain} patch`);
    shows(src, `the second one sees ${pooled} × ${pooled}`);
  });

  it('sends the numbered upstream gradient to the maxima of the overlapping windows, as the prose says', () => {
    const t = pool('max', 3, 2, 1);
    const props = [...src.matchAll(/<PoolingStepper\b[^>]*id="pooling-backward"[^>]*\/>/g)];
    expect(props.length).toBe(1);
    expect(props[0][0]).toMatch(/kernel=\{3\} stride=\{2\} padding=\{1\} direction="backward" upstream="numbered"/);
    const gy = [1, 2, 3, 4];
    const dx = new Array<number>(16).fill(0);
    for (let p = 0; p < 4; p++)
      for (let k = 0; k < 9; k++) {
        const r = Math.floor(p / 2) * 2 - 1 + Math.floor(k / 3);
        const c = (p % 2) * 2 - 1 + (k % 3);
        if (r >= 0 && r < 4 && c >= 0 && c < 4) dx[r * 4 + c] += gy[p] * t.routes[p * 9 + k];
      }
    // The 6 sits at row 2, column 2 (index 5) and the 8 at row 2, column 4 (index 7).
    expect(CLASSIC.data[5]).toBe(6);
    expect(CLASSIC.data[7]).toBe(8);
    shows(src, `so it receives 1 + 3 = ${dx[5]}`);
    shows(src, `receives 2 + 4 = ${dx[7]}`);
    expect(dx.filter((v, i) => v !== 0 && i !== 5 && i !== 7)).toEqual([]);
  });

  it('checks the average-gradient quiz against the compute layer', () => {
    const plane = Float32Array.from({ length: 9 }, (_, i) => i);
    const t = poolingTrace({ input: plane, height: 3, width: 3, mode: 'avg', kernel: 3, stride: 3, padding: 0 });
    const each = 0.9 * t.routes[0];
    expect(quiz.get('pooling-avg-gradient')?.answer).toBeCloseTo(each, 6);
    expect(Array.from(t.routes).every((r) => Math.abs(r - t.routes[0]) < 1e-7)).toBe(true);
  });

  it('checks the max-or-average quiz', () => {
    const q = quiz.get('pooling-max-avg')!;
    const t = (mode: 'max' | 'avg') => poolingTrace({ input: [1, 3, 2, 6], height: 2, width: 2, mode, kernel: 2, stride: 2, padding: 0 }).output[0];
    expect(q.choices[q.answer]).toBe(`max ${t('max')}, average ${t('avg')}`);
  });

  it('quotes stochastic pooling of the top-left window from the seeded implementation', () => {
    const r = stochasticPool2d(classicPlane, 4, 4, { kernel: 2, seed: 1 });
    const probs = Array.from(r.probabilities.subarray(0, 4));
    expect(probs.map((p) => p * 13)).toEqual([1, 1, 5, 6].map((v) => expect.closeTo(v, 9)));
    shows(src, '$1/13, 1/13, 5/13, 6/13$');
    expect(r.expected[0]).toBeCloseTo(63 / 13, 12);
    shows(src, `63/13 \\approx ${two(r.expected[0])}`);
    shows(src, `between its average (${two(pool('avg').output[0])}) and its maximum (${pool('max').output[0]})`);
    const pct = (p: number) => `${Math.round(p * 100)}%`;
    shows(src, `6 in about ${pct(probs[3])} of them, 5 in ${pct(probs[2])}, and each 1 in ${pct(probs[0])}`);
    expect(quiz.get('pooling-stochastic-expectation')?.answer).toBe(two(r.expected[0]));
  });

  it('counts the strided convolution that replaces a pooling layer', () => {
    const conv = { inH: 112, inW: 112, cin: 64, cout: 64, kh: 3, kw: 3, stride: 2, padding: 1 };
    shows(src, `has ${fmt(convParams(conv))} parameters and costs ${fmt(convMacs(conv))} multiply-accumulates`);
  });

  it('writes only computed big numbers, and has at least four quizzes with ids prefixed pooling-', () => {
    onlyAllowedBigNumbers(src, [
      224 * 224 * 64, 112 * 112 * 64, 55 * 55 * 96, 27 * 27 * 96, 1024,
      convMacs({ inH: 112, inW: 112, cin: 64, cout: 128, kh: 3, kw: 3, stride: 1, padding: 1 }),
      convMacs({ inH: 224, inW: 224, cin: 64, cout: 128, kh: 3, kw: 3, stride: 1, padding: 1 }),
      7 * 7 * 512, 14 * 14 * 512, 4096, fcParams(7 * 7 * 512, 4096, false), fcParams(14 * 14 * 512, 4096, false),
      convParams({ inH: 112, inW: 112, cin: 64, cout: 64, kh: 3, kw: 3, stride: 2, padding: 1 }),
      convMacs({ inH: 112, inW: 112, cin: 64, cout: 64, kh: 3, kw: 3, stride: 2, padding: 1 }),
    ]);
    expect(quiz.size).toBeGreaterThanOrEqual(4);
    for (const id of quiz.keys()) expect(id.startsWith('pooling-')).toBe(true);
    const numeric = [...quiz.values()].filter((q) => q.kind === 'numeric' && !q.text.includes('generator="')).map((q) => q.id).sort();
    expect(numeric).toEqual(['pooling-alexnet-size', 'pooling-avg-gradient', 'pooling-stochastic-expectation']);
    expect(quiz.get('pooling-params')!.choices[quiz.get('pooling-params')!.answer]).toBe('0');
  });
});

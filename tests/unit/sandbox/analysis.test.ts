import { describe, expect, it } from 'vitest';
import { analyse, MAX_MACS, MAX_PARAMS, PRESETS, PRESET_IDS, defaultBlock, type Block } from '@/lib/sandbox';
import { inferShapes } from '@/lib/compute/training/spec';
import { receptiveFieldsByLayer } from '@/lib/nn/receptiveField';
import { convMacs, convParams, fcMacs, fcParams } from '@/lib/nn/convArithmetic';

const ok = (blocks: Block[]) => {
  const a = analyse(blocks);
  if (a.problem) throw new Error(a.problem.message);
  return a;
};

describe('the live table', () => {
  it('counts the LeNet-like starter by hand: 61,706 parameters and 416,520 MACs', () => {
    const a = ok(PRESETS.lenet);
    // conv 5×5×1→6 (same, 28×28), pool, conv 5×5×6→16 (valid, 10×10), pool, flatten 400, 120, 84, 10
    expect(a.rows.map((r) => r.params)).toEqual([5 * 5 * 1 * 6 + 6, 0, 0, 5 * 5 * 6 * 16 + 16, 0, 0, 0, 400 * 120 + 120, 0, 120 * 84 + 84, 0, 84 * 10 + 10]);
    expect(a.params).toBe(61_706);
    expect(a.rows.map((r) => r.macs)).toEqual([28 * 28 * 25 * 6, 0, 0, 10 * 10 * 25 * 6 * 16, 0, 0, 0, 400 * 120, 0, 120 * 84, 0, 840]);
    expect(a.macs).toBe(416_520);
    expect(a.rows.map((r) => r.output.join('×'))).toEqual(['28×28×6', '28×28×6', '14×14×6', '10×10×16', '10×10×16', '5×5×16', '400', '120', '120', '84', '84', '10']);
    expect(a.rows.at(-1)).toMatchObject({ block: null, implied: 'output' });
  });

  it('agrees with lib/nn for conv and dense costs, and with the trainer for every preset', () => {
    const a = ok(PRESETS.lenet);
    expect(a.rows[3].params).toBe(convParams({ inH: 14, inW: 14, cin: 6, cout: 16, kh: 5, kw: 5, stride: 1, padding: 0 }));
    expect(a.rows[3].macs).toBe(convMacs({ inH: 14, inW: 14, cin: 6, cout: 16, kh: 5, kw: 5, stride: 1, padding: 0 }));
    expect(a.rows[7].params).toBe(fcParams(400, 120));
    expect(a.rows[7].macs).toBe(fcMacs(400, 120));
    for (const id of PRESET_IDS) {
      const r = ok(PRESETS[id]);
      const inferred = inferShapes(r.spec!);
      if (!inferred.ok) throw new Error(inferred.error);
      expect(inferred.params, id).toBe(r.params);
      expect(inferred.layers.map((l) => l.output), id).toEqual(r.rows.map((row) => row.output));
    }
  });

  it('counts the other starters by hand', () => {
    // VGG-like: four 3×3 convs (1→8→8→16→16), flatten 7·7·16 = 784, dense 64, output 10
    expect(ok(PRESETS.vgg).params).toBe(80 + (9 * 8 * 8 + 8) + (9 * 8 * 16 + 16) + (9 * 16 * 16 + 16) + (784 * 64 + 64) + (64 * 10 + 10));
    expect(ok(PRESETS.vgg).params).toBe(55_042);
    // Tiny ResNet: stem conv 16 + BN, residual 16→16, residual 16→32 stride 2 (projection), GAP, output
    expect(ok(PRESETS.resnet).params).toBe(160 + 32 + (2 * 9 * 16 * 16 + 4 * 16) + (9 * 16 * 32 + 9 * 32 * 32 + 4 * 32 + 16 * 32) + (32 * 10 + 10));
    expect(ok(PRESETS.resnet).params).toBe(19_658);
    // MobileNet-like: stem conv 16 stride 2, BN, then DW separable 16→32, 32→64 (stride 2), 64→64, each with BN
    expect(ok(PRESETS.mobilenet).params).toBe(160 + 32 + (9 * 16 + 16 * 32 + 32) + 64 + (9 * 32 + 32 * 64 + 64) + 128 + (9 * 64 + 64 * 64 + 64) + 128 + (64 * 10 + 10));
    expect(ok(PRESETS.mobilenet).params).toBe(8_986);
    expect(ok(PRESETS.mobilenet).rows.filter((r) => r.output.length === 3).map((r) => r.output.join('×')).at(-1)).toBe('7×7×64');
  });

  it('counts the residual and depthwise separable blocks by hand', () => {
    const a = ok([{ type: 'conv', filters: 8, kernel: 3, stride: 1, padding: 'same' }, { type: 'residual', filters: 16, stride: 2 }, { type: 'depthwiseSeparable', filters: 32, kernel: 3, stride: 1 }]);
    const [, res, dws] = a.rows;
    // residual 8→16, stride 2, 28→14: two 3×3 convs (no bias), two BNs (γ, β), a 1×1 projection
    expect(res.output).toEqual([14, 14, 16]);
    expect(res.params).toBe(9 * 8 * 16 + 9 * 16 * 16 + 4 * 16 + 8 * 16);
    expect(res.macs).toBe(14 * 14 * (9 * 8 * 16 + 9 * 16 * 16 + 8 * 16));
    // depthwise 3×3 on 16 channels, then pointwise 16→32 with a bias
    expect(dws.params).toBe(9 * 16 + 16 * 32 + 32);
    expect(dws.macs).toBe(14 * 14 * (9 * 16 + 16 * 32));
  });

  it('gives the receptive field of lib/nn at every layer', () => {
    const a = ok(PRESETS.lenet);
    const ref = receptiveFieldsByLayer([{ kernel: 5 }, { kernel: 2, stride: 2 }, { kernel: 5 }, { kernel: 2, stride: 2 }]);
    const convRows = [0, 2, 3, 5].map((i) => a.rows[i].rf);
    expect(convRows.map((r) => r.size)).toEqual(ref.map((r) => r.size));
    expect(convRows.map((r) => r.jump)).toEqual(ref.map((r) => r.effectiveStride));
    expect(a.rows[1].rf).toEqual(a.rows[0].rf); // an activation sees what its input sees
    expect(a.rows[6].rf.whole).toBe(true);
    // a residual block is two 3×3 convolutions, the first with the stride
    const r = ok(PRESETS.resnet);
    const refRes = receptiveFieldsByLayer([{ kernel: 3 }, { kernel: 2, stride: 2 }, { kernel: 3 }, { kernel: 3 }, { kernel: 3, stride: 2 }, { kernel: 3 }]);
    expect(r.rows[5].rf.size).toBe(refRes[5].size);
    expect(r.rows[5].rf.jump).toBe(refRes[5].effectiveStride);
    expect(r.rows[4].rf.size).toBe(refRes[3].size);
  });

  it('adds a flatten before a dense layer on a map, and after the last map', () => {
    const a = ok([defaultBlock('conv'), { type: 'dense', units: 32 }]);
    expect(a.rows.map((r) => [r.block, r.implied ?? r.type])).toEqual([[0, 'conv'], [null, 'flatten'], [1, 'dense'], [null, 'output']]);
    const b = ok([defaultBlock('conv')]);
    expect(b.rows.map((r) => r.implied ?? r.type)).toEqual(['conv', 'flatten', 'output']);
    expect(b.params).toBe(80 + 28 * 28 * 8 * 10 + 10);
    expect(ok([]).params).toBe(784 * 10 + 10);
  });
});

describe('what does not fit says why and where', () => {
  const problem = (blocks: Block[]) => analyse(blocks).problem;
  it('a kernel larger than the map it receives', () => {
    const p = problem([{ type: 'pool', mode: 'max', size: 4, stride: 4 }, { type: 'conv', filters: 4, kernel: 9, stride: 1, padding: 'valid' }]);
    expect(p).toEqual({ block: 1, message: expect.stringMatching(/Layer 2: a 9×9 kernel does not fit in the 7×7 map .* at most 7/) });
  });
  it('a pooling window on a map that has shrunk to nothing', () => {
    const p = problem([{ type: 'conv', filters: 4, kernel: 3, stride: 4, padding: 'same' }, { type: 'conv', filters: 4, kernel: 3, stride: 4, padding: 'same' }, { type: 'pool', mode: 'max', size: 4, stride: 4 }]);
    expect(p?.block).toBe(2);
    expect(p?.message).toMatch(/4×4 window does not fit in the 2×2 map/);
  });
  it('a convolution after the data was flattened', () => {
    const p = problem([{ type: 'flatten' }, { type: 'dense', units: 10 }, defaultBlock('conv')]);
    expect(p).toEqual({ block: 2, message: expect.stringMatching(/Layer 3 needs a feature map.*layer 1 already made the data flat/) });
  });
  it('too many parameters for a browser, at the layer that crosses the limit', () => {
    const p = problem([{ type: 'conv', filters: 64, kernel: 3, stride: 1, padding: 'same' }, { type: 'dense', units: 512 }]);
    expect(p?.block).toBe(1);
    expect(p?.message).toContain(`at most ${MAX_PARAMS.toLocaleString('en-US')}`);
  });
  it('too many multiply-accumulates per image', () => {
    const p = problem([{ type: 'conv', filters: 64, kernel: 3, stride: 1, padding: 'same' }, { type: 'conv', filters: 64, kernel: 3, stride: 1, padding: 'same' }]);
    expect(p?.block).toBe(1);
    expect(p?.message).toContain(`at most ${MAX_MACS.toLocaleString('en-US')}`);
  });
  it('absurd settings: each named, nothing thrown', () => {
    const cases: [Block, RegExp][] = [
      [{ type: 'conv', filters: 10_000, kernel: 3, stride: 1, padding: 'same' }, /number of filters can be at most 256/],
      [{ type: 'conv', filters: 8, kernel: 0, stride: 1, padding: 'same' }, /kernel size must be at least 1 \(got 0\)/],
      [{ type: 'conv', filters: 8, kernel: 3, stride: -2, padding: 'same' }, /stride must be at least 1 \(got -2\)/],
      [{ type: 'dropout', rate: 1.5 }, /drop rate can be at most 0.9/],
      [{ type: 'dense', units: Number.NaN }, /number of units must be a number; this is empty or not a number/],
      [{ type: 'conv', filters: 2.5, kernel: 3, stride: 1, padding: 'same' }, /must be a whole number \(got 2.5\)/],
      // text pasted where a number belongs (a link or file is refused earlier; this is the last line of defence)
      [{ type: 'conv', filters: 'lots' as unknown as number, kernel: 3, stride: 1, padding: 'same' }, /number of filters must be a number/],
      [{ type: 'pool', mode: 'max', size: Infinity, stride: 2 }, /window size must be a finite number/],
      [{ type: 'conv', filters: 8, kernel: 3, stride: 1, padding: 'full' as 'same' }, /padding must be "same" or "valid"/],
    ];
    for (const [block, message] of cases) {
      const p = problem([defaultBlock('conv'), block]);
      expect(p?.block).toBe(1);
      expect(p?.message).toMatch(message);
      expect(p?.message.startsWith('Layer 2: ')).toBe(true);
    }
  });
});

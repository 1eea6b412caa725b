/**
 * Every figure the visualising-cnns lesson quotes, recomputed: receptive fields by the course's
 * one formula, occlusion positions, the shipped network's shapes, and the widgets' settings.
 */
import { describe, expect, it } from 'vitest';
import { FASHION_CNN } from '@/lib/compute/training/spec';
import { fieldChain, lastConvMaps, mapLayers, occlusionPositions } from '@/lib/compute/visualise/layers';
import { receptiveField } from '@/lib/nn/receptiveField';
import { challenges } from '@/lib/quiz';
import { zfnet, alexnet } from '@/lib/nn/catalogue/networks/classic';
import { onlyAllowedBigNumbers, quizzes, read, shows, widgetProps } from './lessonSource';

const src = read('visualising-cnns');
const quiz = quizzes(src);
const fieldAfter = (layer: number) => receptiveField(fieldChain(FASHION_CNN, layer)!).size;

describe('lesson visualising-cnns: every figure is computed', () => {
  it("describes the shipped network's first layer and its 28 × 28 input", () => {
    const first = FASHION_CNN.layers[0];
    expect(first).toMatchObject({ type: 'conv', filters: 16, kernel: 3 });
    expect(FASHION_CNN.input).toEqual([28, 28, 1]);
    shows(src, 'The course network has 16 such 3 × 3 filters');
  });

  it('gives the receptive fields of conv 1, pool 1, conv 2 and pool 2 (3, 4, 8, 10)', () => {
    const [conv1, pool1, conv2, pool2] = [0, 2, 3, 5].map(fieldAfter);
    expect([conv1, pool1, conv2, pool2]).toEqual([3, 4, 8, 10]);
    shows(src, `${conv1} × ${conv1} pixels for a unit of the first convolution, ${pool1} × ${pool1} after the first pooling, ${conv2} × ${conv2} for the second convolution, and ${pool2} × ${pool2} after the second pooling`);
    expect(quiz.get('visualising-cnns-field')!.answer).toBe(conv2);
    shows(src, `its deepest units see ${pool2} × ${pool2} pixels`);
    shows(src, `a pattern up to ${pool2} × ${pool2} pixels`);
  });

  it('counts the occlusion positions with the convolution formula', () => {
    const n = occlusionPositions(28, 6, 2);
    expect(widgetProps(src, 'OcclusionMap')).toMatchObject({ size: 6, stride: 2 });
    shows(src, `which for the default 6-pixel square and stride 2 is ${n}, so ${n} × ${n} = ${n * n} occluded copies`);
    expect(quiz.get('visualising-cnns-positions')!.answer).toBe(occlusionPositions(28, 10, 2));
    expect(occlusionPositions(28, 6, 3)).toBe(8);
    expect([5, 7].map((s) => occlusionPositions(28, s, 3))).toEqual([8, 8]);
    expect(occlusionPositions(28, 4, 4)).toBe(7);
    expect(challenges['occlusion-grid'].grade({ size: 6, stride: 3 }, { positions: 8 })).toMatchObject({ correct: true });
  });

  it("says Grad-CAM works on the last convolution's 14 × 14 maps", () => {
    const layer = mapLayers(FASHION_CNN).find((m) => m.index === lastConvMaps(FASHION_CNN))!;
    expect(layer.shape.slice(0, 2)).toEqual([14, 14]);
    shows(src, 'The result has the resolution of that layer (14 × 14 here');
    shows(src, "last convolution's 14 × 14 maps and stretched to 28 × 28");
  });

  it("quotes AlexNet's and ZFNet's first layers from the catalogue", () => {
    const first = (net: ReturnType<typeof zfnet>) => JSON.stringify(net.nodes[0]);
    expect(first(alexnet())).toContain('"name":"conv1","cin":3,"cout":64,"kernel":[11,11],"stride":4');
    expect(first(zfnet())).toContain('"kernel":[7,7],"stride":2');
    shows(src, 'its 11 × 11 filters with stride 4');
    shows(src, 'ZFNet uses 7 × 7 filters with stride 2');
  });

  it('has no big figure that no test computes', () => {
    onlyAllowedBigNumbers(src, [1000]);
  });
});

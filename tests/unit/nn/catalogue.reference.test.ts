/**
 * The catalogue against the reference counts: every entry of tests/reference/architectures.json
 * (and of REFERENCE_ARCHITECTURES when set) by id, and the parameter counts torchvision and
 * Keras publish for the networks the file does not list.
 */
import { describe, expect, it } from 'vitest';
import { analyseNetwork, catalogue, networkIds } from '@/lib/nn/catalogue';
import { loadReference, referenceFiles, referenceMismatches, type ReferenceModel } from './catalogueReference';

for (const { label, file } of referenceFiles()) {
  describe(label, () => {
    let models: ReferenceModel[] = [];
    let loadError: unknown = null;
    try {
      models = loadReference(file);
    } catch (e) {
      loadError = e;
    }
    it('can be read and lists at least one model', () => {
      if (loadError) throw loadError;
      expect(models.length).toBeGreaterThan(0);
    });
    for (const m of models) {
      it(`${m.id}: params, MACs, input and output shapes`, () => {
        expect(referenceMismatches(m), m.id).toEqual([]);
      });
    }
  });
}

describe('reference harness', () => {
  const vgg16: ReferenceModel = { id: 'vgg16', input: [3, 224, 224], params: 138_357_544, macs: 15_470_264_320, output: [1, 1000] };
  it('accepts a matching entry', () => {
    expect(referenceMismatches(vgg16)).toEqual([]);
  });
  it('fails an id the catalogue lacks instead of skipping it', () => {
    expect(referenceMismatches({ ...vgg16, id: 'densenet121' })).toEqual(['"densenet121" is in the reference file but not in the catalogue']);
  });
  it('fails a wrong count, output or input', () => {
    expect(referenceMismatches({ ...vgg16, params: 1, macs: 2, output: [1, 10] })).toEqual([
      'params: got 138357544, reference 1',
      'macs: got 15470264320, reference 2',
      'output: got [1,1000], reference [1,10]',
    ]);
    expect(referenceMismatches({ ...vgg16, input: [3, 32, 32] })[0]).toMatch(/^input: catalogue \[3,224,224\]/);
  });
});

// Trainable parameters (BatchNorm γ and β counted, running statistics not), as torchvision's
// model documentation lists them (`sum(p.numel() for p in model.parameters())`).
const TORCHVISION_PARAMS: Record<string, number> = {
  resnet18: 11_689_512,
  resnet34: 21_797_672,
  resnet50: 25_557_032,
  resnet101: 44_549_160,
  resnet152: 60_192_808,
  vgg11: 132_863_336,
  vgg13: 133_047_848,
  vgg16: 138_357_544,
  vgg19: 143_667_240,
  vgg16_bn: 138_365_992,
  alexnet: 61_100_840,
  googlenet: 6_624_904, // without the auxiliary classifiers
  inception_v3: 23_834_568, // without the auxiliary classifier (27,161,264 with it)
  squeezenet1_0: 1_248_424,
  squeezenet1_1: 1_235_496,
  mobilenet_v2: 3_504_872,
  shufflenet_v2_x1_0: 2_278_604,
};

describe('published parameter counts', () => {
  it.each(Object.entries(TORCHVISION_PARAMS))('torchvision %s: %i', (id, params) => {
    expect(analyseNetwork(id).totals.params).toBe(params);
  });

  // Keras' model.summary(): MobileNet (alpha 1.0, 224) 4,253,864 parameters, 21,888 of them
  // non-trainable BatchNorm moving statistics; Xception 22,910,480, 54,528 non-trainable.
  it('Keras MobileNet v1: 4,253,864 − 21,888 moving statistics = 4,231,976 trainable', () => {
    const a = analyseNetwork('mobilenet_v1');
    const bnChannels = a.rows.filter((r) => r.kind === 'bn').reduce((s, r) => s + r.outShape[0], 0);
    expect(2 * bnChannels).toBe(21_888);
    expect(a.totals.params).toBe(4_253_864 - 21_888);
  });
  it('Keras Xception: 22,910,480 − 54,528 moving statistics = 22,855,952 trainable', () => {
    const a = analyseNetwork('xception');
    const bnChannels = a.rows.filter((r) => r.kind === 'bn').reduce((s, r) => s + r.outShape[0], 0);
    expect(2 * bnChannels).toBe(54_528);
    expect(a.totals.params).toBe(22_855_952);
  });

  // Dive into Deep Learning prints LeNet's shapes on a 28×28 input and NiN's on a 224×224 input.
  it('LeNet: 28×28×6 → 14×14×6 → 10×10×16 → 5×5×16 → 120 → 84 → 10', () => {
    const shapes = analyseNetwork('lenet5').rows.filter((r) => r.kind !== 'act').map((r) => r.outShape);
    expect(shapes).toEqual([[6, 28, 28], [6, 14, 14], [16, 10, 10], [16, 5, 5], [400], [120], [84], [10]]);
  });
  it('NiN: 54×54×96 → 26 → 26×26×256 → 12 → 12×12×384 → 5 → 5×5×10 → 10 classes', () => {
    const a = analyseNetwork('nin');
    const out = (name: string) => a.rows.find((r) => r.name === name)?.outShape;
    expect([out('nin1.relu3'), out('pool1'), out('nin2.relu3'), out('pool2'), out('nin3.relu3'), out('pool3'), out('nin4.relu3')]).toEqual([
      [96, 54, 54], [96, 26, 26], [256, 26, 26], [256, 12, 12], [384, 12, 12], [384, 5, 5], [10, 5, 5],
    ]);
    expect(a.output).toEqual([10]);
  });
  // Zeiler and Fergus (2013), Fig. 3: 110×110×96, 55×55×96, 26×26×256, 13×13×256, 13×13×384 (×2), 13×13×256, 6×6×256.
  it('ZFNet: the feature map sizes of the paper’s Fig. 3', () => {
    const a = analyseNetwork('zfnet');
    const out = (name: string) => a.rows.find((r) => r.name === `features.${name}`)?.outShape;
    expect(['conv1', 'pool1', 'conv2', 'pool2', 'conv3', 'conv4', 'conv5', 'pool5'].map(out)).toEqual([
      [96, 110, 110], [96, 55, 55], [256, 26, 26], [256, 13, 13], [384, 13, 13], [384, 13, 13], [256, 13, 13], [256, 6, 6],
    ]);
  });
});

describe('the catalogue', () => {
  it('holds the networks the course names, each under its own id', () => {
    expect([...networkIds].sort()).toEqual([
      'alexnet', 'googlenet', 'inception_v3', 'lenet5', 'mobilenet_v1', 'mobilenet_v2', 'nin', 'resnet101', 'resnet152',
      'resnet18', 'resnet34', 'resnet50', 'shufflenet_v2_x1_0', 'squeezenet1_0', 'squeezenet1_1', 'vgg11', 'vgg13', 'vgg16',
      'vgg16_bn', 'vgg19', 'xception', 'zfnet',
    ]);
    for (const id of networkIds) expect(catalogue[id].id).toBe(id);
  });
  it('gives every classifier 1000 ImageNet classes, except the two Dive into Deep Learning models', () => {
    for (const id of networkIds) {
      const out = analyseNetwork(id).output;
      expect(out[0], id).toBe(id === 'lenet5' || id === 'nin' ? 10 : 1000);
    }
  });
});

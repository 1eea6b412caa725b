/**
 * The units of the light networks and the SE block, built with the catalogue's constructors
 * (lib/nn/catalogue) and analysed there; defaults are the blocks the lessons count.
 */
import { fire } from '@/lib/nn/catalogue/networks/squeezenet';
import { invertedResidual } from '@/lib/nn/catalogue/networks/mobilenet';
import { shuffleUnit } from '@/lib/nn/catalogue/networks/shufflenet';
import { bn, conv, depthwise, relu, relu6, residual, sequence, shuffle, squeezeExcite, type BlockResult, type BlockSpec, type Shape } from '@/lib/nn/catalogue';
import { analyseBlock } from './parts/fromBlock';

export const LIGHT_UNITS = ['fire', 'separable', 'inverted-residual', 'shufflenet-v1', 'shufflenet-v2', 'shufflenet-v2-down', 'se'] as const;
export type LightUnit = (typeof LIGHT_UNITS)[number];

/** ShuffleNet v1's stride-1 unit (Zhang et al. 2017, fig. 2b): grouped 1×1, shuffle, depthwise 3×3, grouped 1×1, add. */
function shuffleV1Unit(channels: number, groups: number): BlockSpec {
  const mid = channels / 4;
  return residual('unit', 'shuffle unit', [
    conv('gconv1', mid, 1, { cin: channels, groups, bias: false }), bn('bn1', mid), relu('relu1'),
    shuffle('shuffle', groups),
    depthwise('dwconv', mid, 3, { padding: 1, bias: false }), bn('bn2', mid),
    conv('gconv2', channels, 1, { cin: mid, groups, bias: false }), bn('bn3', channels),
  ]);
}

/** MobileNet v1's depthwise separable block (Keras' layout, stride 1). */
function separable(cin: number, cout: number): BlockSpec {
  return sequence('block', [
    depthwise('conv_dw', cin, 3, { padding: 1, bias: false }), bn('conv_dw_bn', cin), relu6('conv_dw_relu'),
    conv('conv_pw', cout, 1, { cin, bias: false }), bn('conv_pw_bn', cout), relu6('conv_pw_relu'),
  ], 'depthwise separable');
}

const UNITS: Record<LightUnit, { block: () => BlockSpec; input: Shape; source: string }> = {
  fire: { block: () => fire('fire2', 96, 16, 64, 64), input: [96, 55, 55], source: 'SqueezeNet 1.0 fire2' },
  separable: { block: () => separable(256, 256), input: [256, 28, 28], source: 'a MobileNet v1 block, 256 to 256 channels' },
  'inverted-residual': { block: () => invertedResidual('features.3', 24, 24, 1, 6), input: [24, 56, 56], source: 'MobileNet v2 features.3' },
  'shufflenet-v1': { block: () => shuffleV1Unit(240, 3), input: [240, 28, 28], source: 'a ShuffleNet v1 unit with 3 groups' },
  'shufflenet-v2': { block: () => shuffleUnit('stage2.1', 116, 116, 1), input: [116, 28, 28], source: 'ShuffleNet v2 stage2.1' },
  'shufflenet-v2-down': { block: () => shuffleUnit('stage2.0', 24, 116, 2), input: [24, 56, 56], source: 'ShuffleNet v2 stage2.0' },
  se: { block: () => squeezeExcite('se', 512, 32), input: [512, 14, 14], source: 'an SE block on 512 channels, r = 16' },
};

export function lightUnit(unit: LightUnit): { ok: true; block: BlockResult; source: string } | { ok: false; error: string } {
  const u = UNITS[unit];
  const r = analyseBlock(u.block(), u.input);
  return r.ok ? { ...r, source: u.source } : r;
}

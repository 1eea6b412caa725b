/**
 * The residual blocks the ResNet lesson draws, built with the catalogue's own constructors and
 * analysed by lib/nn: every shape, label and parameter count in the figure comes from there.
 */
import { basicBlock, bottleneck } from '@/lib/nn/catalogue/networks/resnet';
import { bn, conv, relu, residual, type BlockResult } from '@/lib/nn/catalogue';
import { analyseBlock } from './parts/fromBlock';

export const RESIDUAL_VARIANTS = ['basic', 'bottleneck', 'projection', 'preact'] as const;
export type ResidualVariant = (typeof RESIDUAL_VARIANTS)[number];

export interface ResidualOptions {
  /** Input channels. */
  channels?: number;
  /** Output channels of the block (a bottleneck's output is 4 × its inner width). */
  width?: number;
  /** Height and width of the input map. */
  size?: number;
  /** 2 halves the map (the first block of a stage); only then does a projection get stride 2. */
  stride?: number;
}

/** Defaults: the blocks the lesson's text counts (ResNet-18 layer1.0 and layer2.0, ResNet-50 layer2.1). */
export const RESIDUAL_DEFAULTS: Record<ResidualVariant, Required<ResidualOptions>> = {
  basic: { channels: 64, width: 64, size: 56, stride: 1 },
  bottleneck: { channels: 512, width: 512, size: 28, stride: 1 },
  projection: { channels: 64, width: 128, size: 56, stride: 2 },
  preact: { channels: 64, width: 64, size: 56, stride: 1 },
};

/** He et al. 2016 ("Identity mappings"): BN and ReLU before each convolution, nothing after the addition. */
function preactBlock(cin: number, planes: number, stride: number) {
  const body = [
    bn('bn1', cin), relu('relu1'), conv('conv1', planes, 3, { cin, stride, padding: 1, bias: false }),
    bn('bn2', planes), relu('relu2'), conv('conv2', planes, 3, { cin: planes, padding: 1, bias: false }),
  ];
  const shortcut = stride === 1 && cin === planes ? { nodes: [] } : { name: 'shortcut', nodes: [conv('0', planes, 1, { cin, stride, bias: false })] };
  return residual('block', 'basic', body, shortcut, []);
}

export function residualBlock(variant: ResidualVariant, o: ResidualOptions = {}): { ok: true; block: BlockResult } | { ok: false; error: string } {
  const d = { ...RESIDUAL_DEFAULTS[variant], ...o };
  for (const [k, v] of Object.entries(d)) {
    if (!Number.isInteger(v) || v < 1) return { ok: false, error: `${k} must be a whole number of at least 1 (got ${v}).` };
  }
  if (variant === 'bottleneck' && d.width % 4 !== 0) return { ok: false, error: `a bottleneck's width must be a multiple of 4 (got ${d.width}).` };
  const spec =
    variant === 'bottleneck' ? bottleneck('block', d.channels, d.width / 4, d.stride)
    : variant === 'preact' ? preactBlock(d.channels, d.width, d.stride)
    : basicBlock('block', d.channels, d.width, d.stride);
  return analyseBlock(spec, [d.channels, d.size, d.size]);
}

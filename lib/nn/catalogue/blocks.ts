/**
 * Constructors for the named blocks networks are built from: each keeps its inner layers and
 * paths, so a UI can expand it and show its totals.
 */
import type { BlockSpec, BlockType, MergeOp, NodeSpec, PathSpec } from './graph';
import { act, bn, conv, depthwise, globalAvgPool, type ConvOptions } from './layers';
import type { ActivationFn } from './graph';

export function sequence(name: string, nodes: readonly NodeSpec[], type: BlockType = 'sequence'): BlockSpec {
  return { kind: 'block', name, type, nodes };
}

export function forked(
  name: string,
  type: BlockType,
  merge: MergeOp,
  paths: readonly PathSpec[],
  o: { before?: readonly NodeSpec[]; after?: readonly NodeSpec[] } = {},
): BlockSpec {
  return { kind: 'block', name, type, nodes: o.before ?? [], fork: { merge, paths }, ...(o.after ? { after: o.after } : {}) };
}

/**
 * A residual block: body(x) + shortcut(x), then `after` (a ReLU by default). An empty shortcut
 * is the identity; torchvision names a projection shortcut 'downsample'.
 */
export function residual(
  name: string,
  type: BlockType,
  body: readonly NodeSpec[],
  shortcut: PathSpec = { nodes: [] },
  after: readonly NodeSpec[] = [act('relu', 'relu')],
): BlockSpec {
  return forked(name, type, 'add', [{ nodes: body }, shortcut], { after });
}

/** Convolution without bias, batch norm, activation: torchvision's BasicConv2d / Conv2dNormActivation. */
export function convBnAct(
  name: string,
  cin: number,
  cout: number,
  kernel: number | readonly [number, number],
  o: Omit<ConvOptions, 'cin' | 'bias'> & { act?: ActivationFn | null } = {},
): BlockSpec {
  const { act: fn = 'relu', ...convOptions } = o;
  const nodes: NodeSpec[] = [conv('conv', cout, kernel, { ...convOptions, cin, bias: false }), bn('bn', cout)];
  if (fn) nodes.push(act(fn, fn));
  return sequence(name, nodes, 'conv-bn-act');
}

/** Depthwise 3×3 then pointwise 1×1 convolution, without bias (Keras' SeparableConv2D). */
export function separableConv(name: string, cin: number, cout: number, o: { stride?: number; padding?: ConvOptions['padding'] } = {}): BlockSpec {
  return sequence(
    name,
    [depthwise('depthwise', cin, 3, { stride: o.stride, padding: o.padding ?? 'same', bias: false }), conv('pointwise', cout, 1, { cin, bias: false })],
    'depthwise separable',
  );
}

/**
 * Squeeze-and-excitation: global average pool, 1×1 convolution down to `squeeze` channels,
 * activation, 1×1 convolution back, gate; the input is scaled channel by channel.
 */
export function squeezeExcite(
  name: string,
  channels: number,
  squeeze: number,
  o: { act?: ActivationFn; gate?: ActivationFn } = {},
): BlockSpec {
  return forked(name, 'squeeze-excite', 'multiply', [
    { nodes: [] },
    {
      name: 'excite',
      nodes: [
        globalAvgPool('avgpool', true),
        conv('fc1', squeeze, 1, { cin: channels }),
        act(o.act ?? 'relu', o.act ?? 'relu'),
        conv('fc2', channels, 1, { cin: squeeze }),
        act('gate', o.gate ?? 'sigmoid'),
      ],
    },
  ]);
}

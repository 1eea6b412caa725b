/** torchvision's ResNets: basic blocks (18, 34) and bottlenecks with the stride on the 3×3 conv (50, 101, 152, "v1.5"). */
import { residual, sequence } from '../blocks';
import type { BlockSpec, NetworkSpec, NodeSpec, PathSpec } from '../graph';
import { adaptiveAvgPool, bn, conv, fc, flatten, maxPool, relu } from '../layers';

type Depth = 18 | 34 | 50 | 101 | 152;

const UNITS: Record<Depth, [number, number, number, number]> = {
  18: [2, 2, 2, 2],
  34: [3, 4, 6, 3],
  50: [3, 4, 6, 3],
  101: [3, 4, 23, 3],
  152: [3, 8, 36, 3],
};

/** A 1×1 projection (with batch norm) when the shape changes; otherwise the identity. */
function shortcut(cin: number, cout: number, stride: number): PathSpec {
  if (stride === 1 && cin === cout) return { nodes: [] };
  return { name: 'downsample', nodes: [conv('0', cout, 1, { cin, stride, bias: false }), bn('1', cout)] };
}

export function basicBlock(name: string, cin: number, planes: number, stride: number): BlockSpec {
  const body: NodeSpec[] = [
    conv('conv1', planes, 3, { cin, stride, padding: 1, bias: false }), bn('bn1', planes), relu('relu1'),
    conv('conv2', planes, 3, { cin: planes, padding: 1, bias: false }), bn('bn2', planes),
  ];
  return residual(name, 'basic', body, shortcut(cin, planes, stride));
}

export function bottleneck(name: string, cin: number, planes: number, stride: number): BlockSpec {
  const out = planes * 4;
  const body: NodeSpec[] = [
    conv('conv1', planes, 1, { cin, bias: false }), bn('bn1', planes), relu('relu1'),
    conv('conv2', planes, 3, { cin: planes, stride, padding: 1, bias: false }), bn('bn2', planes), relu('relu2'),
    conv('conv3', out, 1, { cin: planes, bias: false }), bn('bn3', out),
  ];
  return residual(name, 'bottleneck', body, shortcut(cin, out, stride));
}

export function resnet(depth: Depth): NetworkSpec {
  const isBottleneck = depth >= 50;
  const expansion = isBottleneck ? 4 : 1;
  let cin = 64;
  const stages = UNITS[depth].map((units, s) => {
    const planes = 64 * 2 ** s;
    const blocks = Array.from({ length: units }, (_, u) => {
      const stride = s > 0 && u === 0 ? 2 : 1;
      const b = isBottleneck ? bottleneck(String(u), cin, planes, stride) : basicBlock(String(u), cin, planes, stride);
      cin = planes * expansion;
      return b;
    });
    return sequence(`layer${s + 1}`, blocks, 'stage');
  });
  return {
    id: `resnet${depth}`,
    title: `ResNet-${depth}`,
    source: `torchvision resnet${depth}`,
    input: [3, 224, 224],
    nodes: [
      sequence('stem', [
        conv('conv1', 64, 7, { cin: 3, stride: 2, padding: 3, bias: false }), bn('bn1', 64), relu('relu'),
        maxPool('maxpool', 3, { stride: 2, padding: 1 }),
      ], 'stage'),
      ...stages,
      adaptiveAvgPool('avgpool', 1),
      flatten(),
      fc('fc', 1000, { inputs: 512 * expansion }),
    ],
  };
}

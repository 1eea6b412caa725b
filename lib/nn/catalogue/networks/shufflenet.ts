/** torchvision's ShuffleNet v2 (1.0×): channel split, two paths, concatenation, channel shuffle. */
import { convBnAct, forked, sequence } from '../blocks';
import type { BlockSpec, NetworkSpec, NodeSpec } from '../graph';
import { bn, chunk, conv, depthwise, fc, globalAvgPool, maxPool, relu, shuffle } from '../layers';

/** 1×1 conv, BN, ReLU, depthwise 3×3, BN, 1×1 conv, BN, ReLU: the unit's main path. */
function mainPath(cin: number, width: number, stride: number): NodeSpec[] {
  return [
    conv('0', width, 1, { cin, bias: false }), bn('1', width), relu('2'),
    depthwise('3', width, 3, { stride, padding: 1, bias: false }), bn('4', width),
    conv('5', width, 1, { cin: width, bias: false }), bn('6', width), relu('7'),
  ];
}

export function shuffleUnit(name: string, cin: number, cout: number, stride: number): BlockSpec {
  const width = cout / 2;
  const after = [shuffle('channel_shuffle', 2)];
  if (stride === 1) {
    // Half the channels pass untouched; the other half go through the main path.
    return forked(name, 'shuffle unit', 'concat', [
      { nodes: [chunk('x1', 2, 0)] },
      { nodes: [chunk('x2', 2, 1), sequence('branch2', mainPath(width, width, 1))] },
    ], { after });
  }
  return forked(name, 'shuffle unit', 'concat', [
    {
      name: 'branch1',
      nodes: [depthwise('0', cin, 3, { stride, padding: 1, bias: false }), bn('1', cin), conv('2', width, 1, { cin, bias: false }), bn('3', width), relu('4')],
    },
    { name: 'branch2', nodes: mainPath(cin, width, stride) },
  ], { after });
}

export function shufflenetV2(): NetworkSpec {
  const repeats = [4, 8, 4];
  const widths = [24, 116, 232, 464, 1024];
  let cin = widths[0];
  const stages = repeats.map((n, s) => {
    const cout = widths[s + 1];
    const units = Array.from({ length: n }, (_, i) => {
      const u = shuffleUnit(String(i), cin, cout, i === 0 ? 2 : 1);
      cin = cout;
      return u;
    });
    return sequence(`stage${s + 2}`, units, 'stage');
  });
  return {
    id: 'shufflenet_v2_x1_0',
    title: 'ShuffleNet v2 1.0×',
    source: 'torchvision shufflenet_v2_x1_0',
    input: [3, 224, 224],
    nodes: [
      convBnAct('conv1', 3, 24, 3, { stride: 2, padding: 1 }),
      maxPool('maxpool', 3, { stride: 2, padding: 1 }),
      ...stages,
      convBnAct('conv5', 464, 1024, 1),
      globalAvgPool('mean'),
      fc('fc', 1000, { inputs: 1024 }),
    ],
  };
}

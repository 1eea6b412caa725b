/** torchvision's VGG: configurations A (11), B (13), D (16), E (19), and D with batch norm. */
import { sequence } from '../blocks';
import type { NetworkSpec, NodeSpec } from '../graph';
import { adaptiveAvgPool, bn, conv, dropout, fc, flatten, maxPool, relu } from '../layers';

const STAGES: Record<11 | 13 | 16 | 19, number[]> = {
  11: [1, 1, 2, 2, 2],
  13: [2, 2, 2, 2, 2],
  16: [2, 2, 3, 3, 3],
  19: [2, 2, 4, 4, 4],
};
const WIDTHS = [64, 128, 256, 512, 512];

export function vgg(depth: 11 | 13 | 16 | 19, batchNorm = false): NetworkSpec {
  let cin = 3;
  const stages = STAGES[depth].map((convs, s) => {
    const nodes: NodeSpec[] = [];
    for (let i = 1; i <= convs; i++) {
      const name = `conv${s + 1}_${i}`;
      nodes.push(conv(name, WIDTHS[s], 3, { cin, padding: 1 }));
      if (batchNorm) nodes.push(bn(`bn${s + 1}_${i}`, WIDTHS[s]));
      nodes.push(relu(`relu${s + 1}_${i}`));
      cin = WIDTHS[s];
    }
    nodes.push(maxPool(`pool${s + 1}`, 2, { stride: 2 }));
    return sequence(`stage${s + 1}`, nodes, 'stage');
  });
  const id = `vgg${depth}${batchNorm ? '_bn' : ''}`;
  return {
    id,
    title: `VGG-${depth}${batchNorm ? ' with batch norm' : ''}`,
    source: `torchvision ${id}`,
    input: [3, 224, 224],
    nodes: [
      ...stages,
      adaptiveAvgPool('avgpool', 7),
      flatten(),
      sequence('classifier', [
        fc('fc1', 4096, { inputs: 512 * 7 * 7 }), relu('relu1'), dropout('dropout1', 0.5),
        fc('fc2', 4096, { inputs: 4096 }), relu('relu2'), dropout('dropout2', 0.5),
        fc('fc3', 1000, { inputs: 4096 }),
      ], 'classifier'),
    ],
  };
}

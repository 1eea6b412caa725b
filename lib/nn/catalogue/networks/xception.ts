/** Keras' Xception (299×299): separable convolutions without bias, residual connections in every block. */
import { forked, separableConv, sequence } from '../blocks';
import type { BlockSpec, NetworkSpec, NodeSpec, PathSpec } from '../graph';
import { bn, conv, fc, globalAvgPool, maxPool, relu } from '../layers';

const sep = (n: number, cin: number, cout: number): NodeSpec[] => [separableConv(`sepconv${n}`, cin, cout), bn(`sepconv${n}_bn`, cout)];

/** Strided 1×1 projection with batch norm, the residual path of blocks 2, 3, 4 and 13. */
const projection = (cin: number, cout: number): PathSpec => ({
  name: 'residual',
  nodes: [conv('conv', cout, 1, { cin, stride: 2, padding: 'same', bias: false }), bn('bn', cout)],
});

/** A downsampling block: two separable convs (the first after a ReLU unless `leadingRelu` is false), max pool 3×3/2. */
function reductionBlock(id: number, cin: number, mid: number, cout: number, leadingRelu = true): BlockSpec {
  const nodes: NodeSpec[] = [
    ...(leadingRelu ? [relu('sepconv1_act')] : []),
    ...sep(1, cin, mid),
    relu('sepconv2_act'),
    ...sep(2, mid, cout),
    maxPool('pool', 3, { stride: 2, padding: 'same' }),
  ];
  return forked(`block${id}`, 'xception', 'add', [{ nodes }, projection(cin, cout)], { after: [] });
}

function middleBlock(id: number): BlockSpec {
  const nodes = [1, 2, 3].flatMap((n) => [relu(`sepconv${n}_act`), ...sep(n, 728, 728)]);
  return forked(`block${id}`, 'xception', 'add', [{ nodes }, { nodes: [] }], { after: [] });
}

export function xception(): NetworkSpec {
  return {
    id: 'xception',
    title: 'Xception',
    source: 'Keras Xception (299×299, separable convolutions without bias)',
    input: [3, 299, 299],
    nodes: [
      sequence('block1', [
        conv('conv1', 32, 3, { cin: 3, stride: 2, bias: false }), bn('conv1_bn', 32), relu('conv1_act'),
        conv('conv2', 64, 3, { cin: 32, bias: false }), bn('conv2_bn', 64), relu('conv2_act'),
      ], 'stage'),
      reductionBlock(2, 64, 128, 128, false),
      reductionBlock(3, 128, 256, 256),
      reductionBlock(4, 256, 728, 728),
      ...Array.from({ length: 8 }, (_, i) => middleBlock(i + 5)),
      reductionBlock(13, 728, 728, 1024),
      sequence('block14', [
        ...sep(1, 1024, 1536), relu('sepconv1_act'),
        ...sep(2, 1536, 2048), relu('sepconv2_act'),
      ], 'stage'),
      globalAvgPool('avg_pool'),
      fc('predictions', 1000, { inputs: 2048 }),
    ],
  };
}

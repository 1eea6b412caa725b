/**
 * AlexNet as the 2012 paper trained it (Krizhevsky, Sutskever and Hinton; Caffe's bvlc_alexnet):
 * a 227×227×3 input, 96 kernels in the first layer, and the two-GPU split written as grouped
 * convolutions: conv2, conv4 and conv5 see only the half of the channels on their own GPU
 * (groups = 2), conv3 and the fully connected layers see both halves. Local response
 * normalisation after conv1 and conv2 has no trainable parameters and keeps the shape, so it is
 * left out of this count. For the catalogue's one-GPU torchvision variant see catalogue/networks/classic.
 */
import { sequence } from './catalogue/blocks';
import type { NetworkSpec, NodeSpec } from './catalogue/graph';
import { conv, dropout, fc, flatten, maxPool, relu } from './catalogue/layers';

/** The two GPUs of the paper: the groups of conv2, conv4 and conv5. */
export const ALEXNET_GPUS = 2;

export function alexnet2012(): NetworkSpec {
  const g = ALEXNET_GPUS;
  const head: NodeSpec[] = [
    fc('fc6', 4096, { inputs: 256 * 6 * 6 }), relu('relu6'), dropout('dropout6', 0.5),
    fc('fc7', 4096, { inputs: 4096 }), relu('relu7'), dropout('dropout7', 0.5),
    fc('fc8', 1000, { inputs: 4096 }),
  ];
  return {
    id: 'alexnet2012',
    title: 'AlexNet (2012 paper, two GPUs)',
    source: 'Krizhevsky, Sutskever and Hinton 2012; Caffe bvlc_alexnet (227×227 input, grouped convolutions)',
    input: [3, 227, 227],
    nodes: [
      sequence('features', [
        conv('conv1', 96, 11, { cin: 3, stride: 4 }), relu('relu1'), maxPool('pool1', 3, { stride: 2 }),
        conv('conv2', 256, 5, { cin: 96, padding: 2, groups: g }), relu('relu2'), maxPool('pool2', 3, { stride: 2 }),
        conv('conv3', 384, 3, { cin: 256, padding: 1 }), relu('relu3'),
        conv('conv4', 384, 3, { cin: 384, padding: 1, groups: g }), relu('relu4'),
        conv('conv5', 256, 3, { cin: 384, padding: 1, groups: g }), relu('relu5'), maxPool('pool5', 3, { stride: 2 }),
      ], 'stage'),
      flatten(),
      sequence('classifier', head, 'classifier'),
    ],
  };
}

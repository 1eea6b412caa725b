/** The single-path classics: LeNet-5, AlexNet, ZFNet, Network in Network. */
import { sequence } from '../blocks';
import type { NetworkSpec, NodeSpec } from '../graph';
import { adaptiveAvgPool, avgPool, conv, dropout, fc, flatten, maxPool, relu, sigmoid } from '../layers';

/** Dive into Deep Learning's LeNet: sigmoid activations, average pooling, a 28×28 grey input. */
export function lenet5(): NetworkSpec {
  return {
    id: 'lenet5',
    title: 'LeNet-5',
    source: 'Dive into Deep Learning, LeNet (28×28 grey input, sigmoid, average pooling)',
    input: [1, 28, 28],
    nodes: [
      conv('conv1', 6, 5, { cin: 1, padding: 2 }), sigmoid('sigmoid1'), avgPool('pool1', 2, { stride: 2 }),
      conv('conv2', 16, 5, { cin: 6 }), sigmoid('sigmoid2'), avgPool('pool2', 2, { stride: 2 }),
      flatten(),
      fc('fc1', 120, { inputs: 400 }), sigmoid('sigmoid3'),
      fc('fc2', 84, { inputs: 120 }), sigmoid('sigmoid4'),
      fc('fc3', 10, { inputs: 84 }),
    ],
  };
}

/** The fully connected head shared by AlexNet, ZFNet and VGG: dropout, two 4096 layers, 1000 classes. */
function classifier(inputs: number, dropoutFirst: boolean): NodeSpec {
  const hidden = (i: number, from: number): NodeSpec[] =>
    dropoutFirst
      ? [dropout(`dropout${i}`, 0.5), fc(`fc${i}`, 4096, { inputs: from }), relu(`relu${i}`)]
      : [fc(`fc${i}`, 4096, { inputs: from }), relu(`relu${i}`), dropout(`dropout${i}`, 0.5)];
  return sequence('classifier', [...hidden(1, inputs), ...hidden(2, 4096), fc('fc3', 1000, { inputs: 4096 })], 'classifier');
}

/** torchvision's AlexNet (the one-GPU variant: 64, 192, 384, 256, 256 kernels, an adaptive 6×6 pool). */
export function alexnet(): NetworkSpec {
  return {
    id: 'alexnet',
    title: 'AlexNet',
    source: 'torchvision alexnet',
    input: [3, 224, 224],
    nodes: [
      sequence('features', [
        conv('conv1', 64, 11, { cin: 3, stride: 4, padding: 2 }), relu('relu1'), maxPool('pool1', 3, { stride: 2 }),
        conv('conv2', 192, 5, { cin: 64, padding: 2 }), relu('relu2'), maxPool('pool2', 3, { stride: 2 }),
        conv('conv3', 384, 3, { cin: 192, padding: 1 }), relu('relu3'),
        conv('conv4', 256, 3, { cin: 384, padding: 1 }), relu('relu4'),
        conv('conv5', 256, 3, { cin: 256, padding: 1 }), relu('relu5'), maxPool('pool5', 3, { stride: 2 }),
      ], 'stage'),
      adaptiveAvgPool('avgpool', 6),
      flatten(),
      classifier(256 * 6 * 6, true),
    ],
  };
}

/**
 * ZFNet as drawn in Zeiler and Fergus (2013), Fig. 3: 7×7/2 first layer, 3×3/2 max pools that
 * round up as Caffe does (110 → 55 → 26 → 13 → 6), no local response normalisation layers.
 */
export function zfnet(): NetworkSpec {
  return {
    id: 'zfnet',
    title: 'ZFNet',
    source: 'Zeiler and Fergus 2013, Fig. 3 (224×224 input, Caffe pooling)',
    input: [3, 224, 224],
    nodes: [
      sequence('features', [
        conv('conv1', 96, 7, { cin: 3, stride: 2, padding: 1 }), relu('relu1'), maxPool('pool1', 3, { stride: 2, ceil: true }),
        conv('conv2', 256, 5, { cin: 96, stride: 2 }), relu('relu2'), maxPool('pool2', 3, { stride: 2, ceil: true }),
        conv('conv3', 384, 3, { cin: 256, padding: 1 }), relu('relu3'),
        conv('conv4', 384, 3, { cin: 384, padding: 1 }), relu('relu4'),
        conv('conv5', 256, 3, { cin: 384, padding: 1 }), relu('relu5'), maxPool('pool5', 3, { stride: 2, ceil: true }),
      ], 'stage'),
      flatten(),
      classifier(256 * 6 * 6, false),
    ],
  };
}

/** Dive into Deep Learning's NiN: mlpconv blocks (a k×k convolution and two 1×1), global pooling to 10 classes. */
export function nin(): NetworkSpec {
  const block = (name: string, cin: number, cout: number, kernel: number, stride: number, padding: number) =>
    sequence(name, [
      conv('conv', cout, kernel, { cin, stride, padding }), relu('relu1'),
      conv('conv1x1a', cout, 1, { cin: cout }), relu('relu2'),
      conv('conv1x1b', cout, 1, { cin: cout }), relu('relu3'),
    ], 'nin');
  return {
    id: 'nin',
    title: 'Network in Network',
    source: 'Dive into Deep Learning, NiN (224×224 grey input, 10 classes)',
    input: [1, 224, 224],
    nodes: [
      block('nin1', 1, 96, 11, 4, 0), maxPool('pool1', 3, { stride: 2 }),
      block('nin2', 96, 256, 5, 1, 2), maxPool('pool2', 3, { stride: 2 }),
      block('nin3', 256, 384, 3, 1, 1), maxPool('pool3', 3, { stride: 2 }),
      dropout('dropout', 0.5),
      block('nin4', 384, 10, 3, 1, 1),
      adaptiveAvgPool('avgpool', 1),
      flatten(),
    ],
  };
}

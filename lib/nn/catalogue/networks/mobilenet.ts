/** MobileNet v1 (Keras' layout) and v2 (torchvision's). */
import { convBnAct, residual, sequence } from '../blocks';
import type { BlockSpec, NetworkSpec, NodeSpec, Padding } from '../graph';
import { adaptiveAvgPool, bn, conv, depthwise, dropout, fc, flatten, globalAvgPool, relu6 } from '../layers';

/** Keras pads a stride-2 layer by one row and column at the bottom and right only (ZeroPadding2D ((0, 1), (0, 1))). */
const KERAS_STRIDE2: Padding = { top: 0, bottom: 1, left: 0, right: 1 };

/** Keras' _depthwise_conv_block: depthwise 3×3, BN, ReLU6, pointwise 1×1, BN, ReLU6, no biases. */
function depthwiseSeparable(id: number, cin: number, cout: number, stride: number): BlockSpec {
  return sequence(`block${id}`, [
    depthwise('conv_dw', cin, 3, { stride, padding: stride === 1 ? 1 : KERAS_STRIDE2, bias: false }), bn('conv_dw_bn', cin), relu6('conv_dw_relu'),
    conv('conv_pw', cout, 1, { cin, bias: false }), bn('conv_pw_bn', cout), relu6('conv_pw_relu'),
  ], 'depthwise separable');
}

/**
 * Keras' MobileNet (alpha 1, 224×224, 1000 classes). The classifier is a 1×1 convolution with
 * bias on the pooled 1×1×1024 map; the network ends there, before Keras' reshape and softmax.
 */
export function mobilenetV1(): NetworkSpec {
  const plan: [number, number][] = [
    [64, 1], [128, 2], [128, 1], [256, 2], [256, 1], [512, 2],
    [512, 1], [512, 1], [512, 1], [512, 1], [512, 1], [1024, 2], [1024, 1],
  ];
  let cin = 32;
  const blocks = plan.map(([cout, stride], i) => {
    const b = depthwiseSeparable(i + 1, cin, cout, stride);
    cin = cout;
    return b;
  });
  return {
    id: 'mobilenet_v1',
    title: 'MobileNet v1',
    source: 'Keras MobileNet (alpha 1.0, 224×224): classifier as a 1×1 convolution with bias',
    input: [3, 224, 224],
    nodes: [
      sequence('conv1', [conv('conv1', 32, 3, { cin: 3, stride: 2, padding: KERAS_STRIDE2, bias: false }), bn('conv1_bn', 32), relu6('conv1_relu')], 'conv-bn-act'),
      ...blocks,
      sequence('top', [globalAvgPool('global_average_pooling', true), dropout('dropout', 0.001), conv('conv_preds', 1000, 1, { cin: 1024 })], 'classifier'),
    ],
  };
}

/** torchvision's InvertedResidual: 1×1 expansion (unless t = 1), depthwise 3×3, linear 1×1 projection. */
export function invertedResidual(name: string, cin: number, cout: number, stride: number, expand: number): BlockSpec {
  const hidden = Math.round(cin * expand);
  const nodes: NodeSpec[] = [];
  if (expand !== 1) nodes.push(convBnAct(String(nodes.length), cin, hidden, 1, { act: 'relu6' }));
  nodes.push(convBnAct(String(nodes.length), hidden, hidden, 3, { stride, padding: 1, groups: hidden, act: 'relu6' }));
  nodes.push(conv(String(nodes.length), cout, 1, { cin: hidden, bias: false }), bn(String(nodes.length + 1), cout));
  const body = [sequence('conv', nodes)];
  return stride === 1 && cin === cout ? residual(name, 'inverted residual', body, { nodes: [] }, []) : sequence(name, body, 'inverted residual');
}

export function mobilenetV2(): NetworkSpec {
  // t (expansion), c (channels), n (repeats), s (first stride): torchvision's inverted_residual_setting.
  const settings: [number, number, number, number][] = [
    [1, 16, 1, 1], [6, 24, 2, 2], [6, 32, 3, 2], [6, 64, 4, 2], [6, 96, 3, 1], [6, 160, 3, 2], [6, 320, 1, 1],
  ];
  const features: NodeSpec[] = [convBnAct('0', 3, 32, 3, { stride: 2, padding: 1, act: 'relu6' })];
  let cin = 32;
  for (const [t, c, n, s] of settings) {
    for (let i = 0; i < n; i++) {
      features.push(invertedResidual(String(features.length), cin, c, i === 0 ? s : 1, t));
      cin = c;
    }
  }
  features.push(convBnAct(String(features.length), cin, 1280, 1, { act: 'relu6' }));
  return {
    id: 'mobilenet_v2',
    title: 'MobileNet v2',
    source: 'torchvision mobilenet_v2',
    input: [3, 224, 224],
    nodes: [
      sequence('features', features, 'stage'),
      adaptiveAvgPool('avgpool', 1),
      flatten(),
      sequence('classifier', [dropout('dropout', 0.2), fc('fc', 1000, { inputs: 1280 })], 'classifier'),
    ],
  };
}

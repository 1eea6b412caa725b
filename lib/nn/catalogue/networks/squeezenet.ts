/** torchvision's SqueezeNet 1.0 and 1.1: Fire modules and a convolutional classifier. */
import { forked } from '../blocks';
import type { BlockSpec, NetworkSpec, NodeSpec } from '../graph';
import { adaptiveAvgPool, conv, dropout, flatten, maxPool, relu } from '../layers';
import { sequence } from '../blocks';

/** Fire: a 1×1 squeeze, then 1×1 and 3×3 expand paths side by side. */
export function fire(name: string, cin: number, squeeze: number, e1: number, e3: number): BlockSpec {
  return forked(
    name,
    'fire',
    'concat',
    [
      { nodes: [conv('expand1x1', e1, 1, { cin: squeeze }), relu('expand1x1_activation')] },
      { nodes: [conv('expand3x3', e3, 3, { cin: squeeze, padding: 1 }), relu('expand3x3_activation')] },
    ],
    { before: [conv('squeeze', squeeze, 1, { cin }), relu('squeeze_activation')] },
  );
}

export function squeezenet(version: '1_0' | '1_1'): NetworkSpec {
  const pool = (name: string) => maxPool(name, 3, { stride: 2, ceil: true });
  const features: NodeSpec[] =
    version === '1_0'
      ? [
          conv('conv1', 96, 7, { cin: 3, stride: 2 }), relu('relu1'), pool('pool1'),
          fire('fire2', 96, 16, 64, 64), fire('fire3', 128, 16, 64, 64), fire('fire4', 128, 32, 128, 128), pool('pool4'),
          fire('fire5', 256, 32, 128, 128), fire('fire6', 256, 48, 192, 192), fire('fire7', 384, 48, 192, 192),
          fire('fire8', 384, 64, 256, 256), pool('pool8'),
          fire('fire9', 512, 64, 256, 256),
        ]
      : [
          conv('conv1', 64, 3, { cin: 3, stride: 2 }), relu('relu1'), pool('pool1'),
          fire('fire2', 64, 16, 64, 64), fire('fire3', 128, 16, 64, 64), pool('pool3'),
          fire('fire4', 128, 32, 128, 128), fire('fire5', 256, 32, 128, 128), pool('pool5'),
          fire('fire6', 256, 48, 192, 192), fire('fire7', 384, 48, 192, 192),
          fire('fire8', 384, 64, 256, 256), fire('fire9', 512, 64, 256, 256),
        ];
  return {
    id: `squeezenet${version}`,
    title: `SqueezeNet ${version.replace('_', '.')}`,
    source: `torchvision squeezenet${version}`,
    input: [3, 224, 224],
    nodes: [
      sequence('features', features, 'stage'),
      sequence('classifier', [
        dropout('dropout', 0.5), conv('final_conv', 1000, 1, { cin: 512 }), relu('relu'), adaptiveAvgPool('avgpool', 1),
      ], 'classifier'),
      flatten(),
    ],
  };
}

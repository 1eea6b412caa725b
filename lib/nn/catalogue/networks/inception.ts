/** torchvision's GoogLeNet and Inception v3, without their auxiliary classifiers. */
import { convBnAct, forked, sequence } from '../blocks';
import type { BlockSpec, NetworkSpec, PathSpec } from '../graph';
import { adaptiveAvgPool, avgPool, dropout, fc, flatten, maxPool } from '../layers';

/**
 * GoogLeNet's Inception module. torchvision's "5×5" branch uses a 3×3 convolution (a known
 * quirk of its port, kept so the counts match its weights).
 */
function googlenetInception(name: string, cin: number, c1: number, c3r: number, c3: number, c5r: number, c5: number, proj: number): BlockSpec {
  const paths: PathSpec[] = [
    { nodes: [convBnAct('branch1', cin, c1, 1)] },
    { name: 'branch2', nodes: [convBnAct('0', cin, c3r, 1), convBnAct('1', c3r, c3, 3, { padding: 1 })] },
    { name: 'branch3', nodes: [convBnAct('0', cin, c5r, 1), convBnAct('1', c5r, c5, 3, { padding: 1 })] },
    { name: 'branch4', nodes: [maxPool('0', 3, { stride: 1, padding: 1, ceil: true }), convBnAct('1', cin, proj, 1)] },
  ];
  return forked(name, 'inception', 'concat', paths);
}

export function googlenet(): NetworkSpec {
  const pool = (name: string, kernel = 3) => maxPool(name, kernel, { stride: 2, ceil: true });
  return {
    id: 'googlenet',
    title: 'GoogLeNet (Inception v1)',
    source: 'torchvision googlenet, without auxiliary classifiers',
    input: [3, 224, 224],
    nodes: [
      convBnAct('conv1', 3, 64, 7, { stride: 2, padding: 3 }),
      pool('maxpool1'),
      convBnAct('conv2', 64, 64, 1),
      convBnAct('conv3', 64, 192, 3, { padding: 1 }),
      pool('maxpool2'),
      googlenetInception('inception3a', 192, 64, 96, 128, 16, 32, 32),
      googlenetInception('inception3b', 256, 128, 128, 192, 32, 96, 64),
      pool('maxpool3'),
      googlenetInception('inception4a', 480, 192, 96, 208, 16, 48, 64),
      googlenetInception('inception4b', 512, 160, 112, 224, 24, 64, 64),
      googlenetInception('inception4c', 512, 128, 128, 256, 24, 64, 64),
      googlenetInception('inception4d', 512, 112, 144, 288, 32, 64, 64),
      googlenetInception('inception4e', 528, 256, 160, 320, 32, 128, 128),
      pool('maxpool4', 2),
      googlenetInception('inception5a', 832, 256, 160, 320, 32, 128, 128),
      googlenetInception('inception5b', 832, 384, 192, 384, 48, 128, 128),
      adaptiveAvgPool('avgpool', 1),
      flatten(),
      dropout('dropout', 0.2),
      fc('fc', 1000, { inputs: 1024 }),
    ],
  };
}

const c = convBnAct;
const poolPath = (cin: number, cout: number): PathSpec => ({
  name: 'branch_pool',
  nodes: [avgPool('avgpool', 3, { stride: 1, padding: 1 }), c('conv', cin, cout, 1)],
});

/** InceptionA (Mixed_5b–5d): 1×1, 5×5, double 3×3 and pooling paths. */
function inceptionA(name: string, cin: number, poolFeatures: number): BlockSpec {
  return forked(name, 'inception', 'concat', [
    { nodes: [c('branch1x1', cin, 64, 1)] },
    { nodes: [c('branch5x5_1', cin, 48, 1), c('branch5x5_2', 48, 64, 5, { padding: 2 })] },
    { nodes: [c('branch3x3dbl_1', cin, 64, 1), c('branch3x3dbl_2', 64, 96, 3, { padding: 1 }), c('branch3x3dbl_3', 96, 96, 3, { padding: 1 })] },
    poolPath(cin, poolFeatures),
  ]);
}

/** InceptionB (Mixed_6a): grid reduction 35 → 17. */
function inceptionB(name: string, cin: number): BlockSpec {
  return forked(name, 'inception', 'concat', [
    { nodes: [c('branch3x3', cin, 384, 3, { stride: 2 })] },
    { nodes: [c('branch3x3dbl_1', cin, 64, 1), c('branch3x3dbl_2', 64, 96, 3, { padding: 1 }), c('branch3x3dbl_3', 96, 96, 3, { stride: 2 })] },
    { nodes: [maxPool('branch_pool', 3, { stride: 2 })] },
  ]);
}

const k1x7 = [1, 7] as const;
const k7x1 = [7, 1] as const;
const p1x7 = { padding: [0, 3] as const };
const p7x1 = { padding: [3, 0] as const };

/** InceptionC (Mixed_6b–6e): 7×7 factorised into 1×7 and 7×1. */
function inceptionC(name: string, cin: number, c7: number): BlockSpec {
  return forked(name, 'inception', 'concat', [
    { nodes: [c('branch1x1', cin, 192, 1)] },
    { nodes: [c('branch7x7_1', cin, c7, 1), c('branch7x7_2', c7, c7, k1x7, p1x7), c('branch7x7_3', c7, 192, k7x1, p7x1)] },
    {
      nodes: [
        c('branch7x7dbl_1', cin, c7, 1), c('branch7x7dbl_2', c7, c7, k7x1, p7x1), c('branch7x7dbl_3', c7, c7, k1x7, p1x7),
        c('branch7x7dbl_4', c7, c7, k7x1, p7x1), c('branch7x7dbl_5', c7, 192, k1x7, p1x7),
      ],
    },
    poolPath(cin, 192),
  ]);
}

/** InceptionD (Mixed_7a): grid reduction 17 → 8. */
function inceptionD(name: string, cin: number): BlockSpec {
  return forked(name, 'inception', 'concat', [
    { nodes: [c('branch3x3_1', cin, 192, 1), c('branch3x3_2', 192, 320, 3, { stride: 2 })] },
    {
      nodes: [
        c('branch7x7x3_1', cin, 192, 1), c('branch7x7x3_2', 192, 192, k1x7, p1x7), c('branch7x7x3_3', 192, 192, k7x1, p7x1),
        c('branch7x7x3_4', 192, 192, 3, { stride: 2 }),
      ],
    },
    { nodes: [maxPool('branch_pool', 3, { stride: 2 })] },
  ]);
}

/** 1×3 and 3×1 side by side, concatenated (inside InceptionE). */
const split3 = (name: string, cin: number): BlockSpec =>
  forked(name, 'inception', 'concat', [
    { nodes: [c('a', cin, 384, [1, 3], { padding: [0, 1] })] },
    { nodes: [c('b', cin, 384, [3, 1], { padding: [1, 0] })] },
  ]);

/** InceptionE (Mixed_7b, 7c): expanded filter banks. */
function inceptionE(name: string, cin: number): BlockSpec {
  return forked(name, 'inception', 'concat', [
    { nodes: [c('branch1x1', cin, 320, 1)] },
    { nodes: [c('branch3x3_1', cin, 384, 1), split3('branch3x3_2', 384)] },
    { nodes: [c('branch3x3dbl_1', cin, 448, 1), c('branch3x3dbl_2', 448, 384, 3, { padding: 1 }), split3('branch3x3dbl_3', 384)] },
    poolPath(cin, 192),
  ]);
}

export function inceptionV3(): NetworkSpec {
  return {
    id: 'inception_v3',
    title: 'Inception v3',
    source: 'torchvision inception_v3, without the auxiliary classifier (299×299 input)',
    input: [3, 299, 299],
    nodes: [
      sequence('stem', [
        c('Conv2d_1a_3x3', 3, 32, 3, { stride: 2 }),
        c('Conv2d_2a_3x3', 32, 32, 3),
        c('Conv2d_2b_3x3', 32, 64, 3, { padding: 1 }),
        maxPool('maxpool1', 3, { stride: 2 }),
        c('Conv2d_3b_1x1', 64, 80, 1),
        c('Conv2d_4a_3x3', 80, 192, 3),
        maxPool('maxpool2', 3, { stride: 2 }),
      ], 'stage'),
      inceptionA('Mixed_5b', 192, 32),
      inceptionA('Mixed_5c', 256, 64),
      inceptionA('Mixed_5d', 288, 64),
      inceptionB('Mixed_6a', 288),
      inceptionC('Mixed_6b', 768, 128),
      inceptionC('Mixed_6c', 768, 160),
      inceptionC('Mixed_6d', 768, 160),
      inceptionC('Mixed_6e', 768, 192),
      inceptionD('Mixed_7a', 768),
      inceptionE('Mixed_7b', 1280),
      inceptionE('Mixed_7c', 2048),
      adaptiveAvgPool('avgpool', 1),
      dropout('dropout', 0.5),
      flatten(),
      fc('fc', 1000, { inputs: 2048 }),
    ],
  };
}

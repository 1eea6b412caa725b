/** Every word the diagrams show that is not computed: titles, headings, captions, keys. */
export const RESIDUAL_STRINGS = {
  title: {
    basic: 'A basic residual block',
    bottleneck: 'A bottleneck residual block',
    projection: 'A basic block that downsamples, with a projection shortcut',
    preact: 'A pre-activation residual block',
  },
  caption: {
    basic: 'Basic block (ResNet-18 and -34): two 3×3 convolutions; the input is added back before the last ReLU.',
    bottleneck: 'Bottleneck (ResNet-50 and deeper): 1×1 reduces, 3×3 works at a quarter of the width, 1×1 expands again.',
    projection: 'When the block changes the shape, the shortcut is a 1×1 convolution with BN, with stride 2 only when the block halves the map.',
    preact: 'Pre-activation (He et al. 2016): BN and ReLU come before each convolution and nothing follows the addition, so the shortcut is a clean identity from block to block.',
  },
  identity: 'identity x',
  input: 'x',
  output: 'y',
  params: (n: string) => `${n} parameters`,
  error: (why: string) => `This diagram cannot be drawn: ${why}`,
};

export const INCEPTION_STRINGS = {
  title: {
    naive: 'The naive Inception module',
    reduced: 'The Inception module with 1×1 reductions',
  },
  heading: {
    naive: 'Naive module',
    reduced: 'With 1×1 reductions',
  },
  total: (macs: string, shape: string) => `${macs} in all; output ${shape}.`,
  caption: (naive: string, reduced: string) => `The same input and outputs: the naive module costs ${naive}, the module with 1×1 reductions ${reduced}. Each box shows its own multiply-accumulates.`,
  branches: (list: string) => `Per branch: ${list}.`,
  branchNames: ['1×1', '3×3', '5×5', 'pool'] as const,
};

export const FACTOR_STRINGS = {
  stackTitle: 'A 5×5 convolution factorised into two 3×3 convolutions',
  stackDesc: (full: number, n: number, weights: number, saving: string) =>
    `Left, a 5×5 kernel with ${full} weights per pair of input and output channels. Right, ${n} stacked 3×3 kernels; the second sees a 5×5 window of the input through the first, with ${weights} weights, ${saving} fewer.`,
  asymTitle: (n: number) => `A ${n}×${n} convolution factorised into 1×${n} then ${n}×1`,
  asymDesc: (n: number, full: number, asym: number, saving: string) =>
    `Left, an ${n}×${n} kernel with ${full} weights per channel pair. Right, a 1×${n} kernel followed by an ${n}×1 kernel: together they cover the same ${n}×${n} window with ${asym} weights, ${saving} fewer.`,
  weights: (n: number) => `${n} weights`,
  fewer: (saving: string) => `${saving} fewer`,
  sameWindow: 'same window',
  caption: 'Factorising a large kernel (Inception v2 and v3): the same window with fewer weights, and a ReLU in between for free.',
};

export const NORM_STRINGS = {
  name: { batch: 'Batch norm', layer: 'Layer norm', instance: 'Instance norm', group: 'Group norm' },
  axes: (axes: readonly string[]) => `over ${axes.join(', ')}`,
  means: (n: string) => `${n} means,`,
  each: (n: string) => `each of ${n} values`,
  title: (name: string) => `${name}: which values share one mean and variance`,
  desc: (name: string, axes: string, stats: string, each: string, shape: string) =>
    `${name} on a batch of ${shape}: one mean and variance ${axes}, so ${stats} of them, each taken over ${each} values. The highlighted cells of the block are one such set.`,
  caption: (shape: string, groups: number) =>
    `Which values share one mean and variance, on a batch N × C × H × W = ${shape} (group norm with ${groups} groups). Each block is drawn small: channels across, positions down, samples going back; the highlighted cells are one statistic's values.`,
  axisN: 'N',
  axisC: 'C',
  axisHW: 'H, W',
};

export const LIGHT_STRINGS = {
  title: {
    fire: 'A Fire module (SqueezeNet)',
    separable: 'A depthwise separable convolution (MobileNet v1)',
    'inverted-residual': 'An inverted residual block with a linear bottleneck (MobileNet v2)',
    'shufflenet-v1': 'A ShuffleNet v1 unit',
    'shufflenet-v2': 'A ShuffleNet v2 unit',
    'shufflenet-v2-down': 'A ShuffleNet v2 unit that halves the map',
    se: 'A squeeze-and-excitation block',
  },
  caption: {
    fire: 'Squeeze to a few channels with 1×1, then expand with 1×1 and 3×3 side by side.',
    separable: 'One 3×3 kernel per channel (depthwise), then a 1×1 convolution mixes the channels (pointwise).',
    'inverted-residual': 'Narrow → wide → narrow: expand by 6, filter depthwise, project back with no activation; the shortcut joins the narrow ends.',
    'shufflenet-v1': 'Grouped 1×1 convolutions, and a channel shuffle so the next group reads every group.',
    'shufflenet-v2': 'Half the channels pass untouched; the other half go through 1×1, depthwise 3×3, 1×1; concatenate, then shuffle.',
    'shufflenet-v2-down': 'To halve the map, both halves work on the whole input, each with a stride-2 depthwise convolution.',
    se: 'Squeeze each channel to its mean, excite through a narrow pair of layers, and scale each channel by its weight in (0, 1).',
  },
  from: (source: string) => `Shapes from ${source}`,
};

/* Metric learning (siamese-triplet) and transfer learning (training-practice). */
export const METRIC_STRINGS = {
  title: {
    siamese: 'A Siamese network: two branches, one set of weights',
    triplet: 'A triplet network: anchor, positive and negative through one set of weights',
    quadruplet: 'A quadruplet network: four branches through one set of weights',
  },
  heading: { siamese: 'Siamese network', triplet: 'Triplet network', quadruplet: 'Quadruplet network' },
  /** Each branch's input: its symbol (used in the distances) and its role. */
  branches: {
    siamese: [['x₁', 'image 1'], ['x₂', 'image 2']],
    triplet: [['a', 'anchor'], ['p', 'positive'], ['n', 'negative']],
    quadruplet: [['a', 'anchor'], ['p', 'positive'], ['n₁', 'negative 1'], ['n₂', 'negative 2']],
  } as Record<'siamese' | 'triplet' | 'quadruplet', readonly (readonly [string, string])[]>,
  /** The loss each network is trained with, as the lesson writes it (lines of one formula). */
  loss: {
    siamese: ['L = ½ (y d² + (1 − y) max(0, m − d)²)', 'y = 1 for a pair of one class, 0 otherwise'],
    triplet: ['L = max(0, d(a, p) − d(a, n) + α)'],
    quadruplet: ['L = max(0, d(a, p) − d(a, n₁) + α₁)', '+ max(0, d(a, p) − d(n₁, n₂) + α₂)'],
  },
  images: (side: string) => `images ${side}`,
  embeddings: (dims: number) => `embeddings (${dims} values)`,
  apply: 'f',
  embedding: (symbol: string) => `f(${symbol})`,
  distance: (a: string, b: string) => `d(${a}, ${b})`,
  weights: 'W: the one set of weights',
  params: (n: string) => `${n} parameters`,
  shared: 'shared',
  desc: (n: number, inputs: string, params: string, layers: string, dims: number, distances: string, loss: string) =>
    `${n} inputs (${inputs}) each go through the same function f, all using the one weight tensor W drawn once below them: ${params} parameters (${layers}), not ${n} copies. Each gives an embedding of ${dims} values; the distances ${distances} between the embeddings feed the loss ${loss}.`,
  caption: (n: number, params: string) =>
    `The ${n} branches are one network applied ${n} times: every branch reads the same weights W (${params}), and their gradients add up in W.`,
  margin: {
    title: 'The triplet margin: where the negative must lie around the anchor',
    heading: 'The margin α',
    anchor: 'a',
    positive: 'p',
    negative: 'n',
    zone: { hard: 'hard', semiHard: 'semi-hard', easy: 'easy: loss 0' },
    radius: 'd(a, p)',
    band: 'α',
    values: (dap: string, dan: string, m: string) => `d(a, p) = ${dap},  d(a, n) = ${dan},  α = ${m}`,
    pushed: 'pushed out',
    loss: (dap: string, dan: string, m: string, l: string) => `L = max(0, ${dap} − ${dan} + ${m}) = ${l}`,
    desc: (dap: string, dan: string, m: string, edge: string, zone: string, l: string) =>
      `The anchor a at the centre. The positive p lies on a circle of radius d(a, p) = ${dap}; a second circle of radius d(a, p) + α = ${edge} marks the margin α = ${m}. Negatives inside the first circle are hard, those in the band between the circles are semi-hard, those beyond it are easy and give no loss. The negative n is at d(a, n) = ${dan}, ${zone}, so the loss is ${l}; training pulls p in and pushes n beyond the outer circle.`,
    zoneWords: { hard: 'a hard negative', semiHard: 'a semi-hard negative', easy: 'an easy negative' },
  },
};

export const TRANSFER_STRINGS = {
  title: (network: string, classes: number) => `Transfer learning on ${network} with a new ${classes}-class head: what trains in each regime`,
  regime: {
    features: ['Feature', 'extraction'],
    top: ['Fine-tune', 'the top'],
    all: ['Fine-tune', 'everything'],
  },
  regimeName: { features: 'feature extraction', top: 'fine-tuning the top', all: 'fine-tuning everything' },
  part: 'pre-trained',
  head: 'new head',
  theHead: 'the new head',
  headShape: (features: number, classes: number) => `${features} → ${classes}`,
  cell: { frozen: 'frozen', slow: 'lr ÷ 10', fresh: 'new, lr' },
  trainable: 'trains',
  share: 'of the total',
  key: { frozen: 'frozen: kept as trained', trains: 'trains (lr: learning rate)' },
  desc: (network: string, parts: string, regimes: string) =>
    `${network}, pre-trained, with its last layer replaced by a new head. Its parts, input to output, with their parameters: ${parts}. ${regimes}`,
  regimeDesc: (name: string, trains: string, n: string) => `In ${name}, ${trains} ${trains.includes(' and ') ? 'train' : 'trains'}: ${n} parameters.`,
  caption: (network: string, head: string) =>
    `${network} with its last layer replaced by a new head (${head}: features in, classes out). Frozen parts keep their pre-trained weights; fine-tuned ones move at a tenth of the head's learning rate (lr). The counts are the parameters that train.`,
};

// Convolution in 1, 2 and 3 dimensions; the history of CNNs; accuracy against compute (fig-history).
export const CONV_DIMS_STRINGS = {
  heading: { '1d': '1-D: a sequence', '2d': '2-D: an image', '3d': '3-D: a volume or a video' },
  axes: { '1d': 'C×L', '2d': 'C×H×W', '3d': 'C×D×H×W' },
  slides: { '1d': 'slides along the length', '2d': 'slides across and down', '3d': 'slides across, down and through' },
  usedFor: { '1d': 'audio, text, sensor data', '2d': 'photos, X-rays, maps', '3d': 'video, CT and MRI scans' },
  input: (shape: string, axes: string) => `input ${shape} (${axes})`,
  kernel: (kernel: string, output: string) => `kernel ${kernel} → output ${output}`,
  perOutput: (macs: string) => `${macs} multiply-adds per output`,
  title: (heading: string) => `Convolution in ${heading.replace(':', ' on')}`,
  desc: (heading: string, input: string, kernel: string, output: string, macs: string, used: string) =>
    `${heading}. A kernel of ${kernel} slides over an input of ${input}; each position gives one output value, ${macs} multiply-adds each, so the output is ${output}. The highlighted window makes the highlighted output value. Used for ${used}.`,
  caption: 'The same sliding inner product along one, two or three axes: the kernel has as many axes as its input, and so does the output. Shapes are channels first, as in PyTorch.',
  used: (what: string) => `used for ${what}`,
  bad: (why: string) => `This diagram cannot be drawn: ${why}`,
};

export const HISTORY_STRINGS = {
  timelineTitle: 'A timeline of CNNs for ImageNet, from LeNet-5 to the light networks',
  timelineHeading: 'From LeNet to the light networks',
  timelineDesc: (list: string) => `One row per network, in the year it was published, with its parameter count as computed by the course's catalogue and drawn as a bar on a log scale: ${list}.`,
  gap: (years: number) => `${years} years`,
  params: (n: string) => `${n} parameters`,
  paramAxis: 'parameters (log scale)',
  errorsTitle: 'Top-5 error of the ImageNet (ILSVRC) classification winners, 2010 to 2015',
  errorsHeading: 'ImageNet winners, top-5 error',
  errorsDesc: (list: string, human: string) => `One bar per year, the winning entry's top-5 error on the test images: ${list}. A dashed line marks one trained human annotator at ${human}.`,
  human: (v: string) => `one trained human: ${v}`,
  percent: (v: string) => `${v} %`,
  errorAxis: 'top-5 error',
  caption: {
    timeline: 'The networks this course teaches, in the order they appeared, with the parameters the catalogue computes for each.',
    errors: (winning: string, supplied: string) =>
      `The ImageNet challenge\u2019s winning top-5 error by year; from 2012 on, every winner was a CNN. AlexNet\u2019s ${winning} used extra training data; on the supplied data alone it scored ${supplied}.`,
  },
};

export const ACCURACY_STRINGS = {
  title: 'ImageNet top-1 accuracy against multiply-accumulates per image',
  desc: (list: string) => `A scatter plot: each network at its multiply-accumulates per image on a log scale (computed by the course's catalogue) and its published ImageNet top-1 accuracy: ${list}.`,
  xAxis: 'MACs per image (log scale)',
  yAxis: 'ImageNet top-1 accuracy (%)',
  light: 'light networks',
  other: 'other networks',
  caption: 'Accuracy from torchvision\u2019s documented weights, or from the paper where torchvision has none (MobileNet v1, Xception); compute from the course\u2019s catalogue. Up and to the left is better.',
  point: (name: string, macs: string, top1: string) => `${name}: ${macs} MACs, ${top1} %`,
  /** Shorter names than the catalogue's titles, where those are long. */
  short: { googlenet: 'GoogLeNet', inception_v3: 'Inception v3', vgg16_bn: 'VGG-16 BN', shufflenet_v2_x1_0: 'ShuffleNet v2', squeezenet1_0: 'SqueezeNet 1.0', squeezenet1_1: 'SqueezeNet 1.1' } as Record<string, string>,
  unknown: (id: string, known: string) => `there is no published accuracy for "${id}" (try ${known}).`,
};

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

// ——— Classic networks (ClassicNetworkDiagram) and dropout's thinned networks (DropoutNetworksDiagram) ———
export const CLASSIC_STRINGS = {
  variants: ['lenet5', 'alexnet', 'zfnet', 'vgg16', 'nin'] as const,
  key: { input: 'input', learns: 'made by a layer that learns', fixed: 'made by a layer with nothing to learn' },
  badVariant: (v: string, list: readonly string[]) => `there is no variant "${v}" (try ${list.join(', ')}).`,
  lenet: {
    title: 'LeNet-5: the shape of a digit through each layer',
    desc: (steps: string) => `LeNet-5 as Dive into Deep Learning builds it, layer by layer: ${steps}.`,
    caption: (conv: string, fc: string, share: string) =>
      `LeNet-5 with LeCun's layer names: a convolutional encoder (C1 to S4), then a dense block (C5, F6, output). Each map is drawn as a stack, larger for a larger map, deeper for more channels. The convolutions have ${conv} parameters, the dense layers ${fc} (${share}). LeCun's C5 is a 5×5 convolution on a 5×5 map, which is a fully connected layer.`,
  },
  vgg: {
    title: (convs: number, fcs: number) => `VGG-16: ${convs} convolutions in five stages, then ${fcs} fully connected layers`,
    desc: (stages: string, head: string) => `VGG-16's stages, each 3×3 convolutions that keep the size, then a 2×2 max pool that halves it: ${stages}. Then ${head}.`,
    caption: (convs: number) =>
      `VGG-16: ${convs} convolutions, all 3×3 with padding 1, grouped in five stages; a 2×2 max pool ends each stage and halves the map, and the channels double until 512. Maps are drawn smaller for smaller sizes (not to scale).`,
    shareTitle: 'Where VGG-16 keeps its parameters',
    shareDesc: (conv: string, convPct: string, fc: string, fcPct: string, total: string) =>
      `Of ${total} parameters, the thirteen convolutions hold ${conv} (${convPct}) and the three fully connected layers ${fc} (${fcPct}).`,
    convPart: (n: string, pct: string) => `convolutions ${n} (${pct})`,
    fcPart: (n: string, pct: string) => `fully connected ${n} (${pct})`,
    shareHeading: (total: string) => `${total} parameters`,
  },
  alexnet: {
    title: 'AlexNet split over two GPUs',
    gpu: (g: number) => `GPU ${g}`,
    desc: (layers: string) => `AlexNet on two GPUs, each holding half of every layer's kernels. From the image, ${layers}.`,
    own: 'reads its own GPU',
    both: 'reads both GPUs',
    caption: (cross: string, own: string, grouped: string, dense: string) =>
      `Each GPU holds half of every layer. ${cross} read the maps of both GPUs; ${own} read only their own half (grouped convolutions), which halves their weights: conv2 has ${grouped} parameters instead of ${dense}. Shapes are what one GPU holds.`,
    legendOwn: 'within one GPU (or from the image)',
    legendBoth: 'across the GPUs',
  },
  nin: {
    blockTitle: 'An mlpconv block of Network in Network',
    blockHeading: 'mlpconv block',
    headTitle: 'The end of Network in Network: one map per class, then global average pooling',
    headHeading: 'head: one map per class, averaged',
    caption: (params: string, headParams: string) =>
      `Network in Network (Dive into Deep Learning's version). Left: a block is a convolution followed by two 1×1 convolutions, a small multilayer perceptron at every pixel (${params} parameters in the first block). Right: the last block makes one map per class and global average pooling turns each into a score: ${headParams} parameters in the head, none of them in the pooling.`,
    pool: 'global avg pool',
  },
  zfnet: {
    title: (name: string) => `${name}'s first layer`,
    desc: (name: string, k: number, s: number, side: number, outSide: number, positions: string) =>
      `${name}'s first layer: ${k}×${k} kernels moved ${s} pixels at a time over a ${side}×${side} image, giving ${outSide}×${outSide} outputs per kernel (${positions} positions).`,
    kernel: (k: number, s: number) => `${k}×${k}, stride ${s}`,
    out: (n: number) => `${n}×${n} outputs`,
    caption: (alex: string, zf: string, corner: number) =>
      `The first layers to scale, on the top-left ${corner}×${corner} pixels of the image (shaded: ZFNet's padding): the first three windows of one kernel, each step one stride. ZFNet's smaller, closer windows keep more detail and give ${zf} positions per map, against AlexNet's ${alex}.`,
  },
};

export const DROPOUT_STRINGS = {
  full: 'Full network',
  sample: (k: number) => `Training step ${k}`,
  test: 'At test time',
  descShort: (n: number, m: number) => `${n} inputs, ${m} outputs`,
  kept: (kept: number, n: number) => `${kept} of ${n} inputs kept`,
  scaleTrain: (s: string) => `multiplied by ${s}`,
  unscaled: 'unchanged',
  scaleTest: (s: string) => `all inputs, weights × ${s}`,
  allKept: 'all inputs, no scaling',
  title: (name: string) => `Dropout: ${name.toLowerCase()}`,
  descFull: (n: number, m: number) => `A dense layer from ${n} inputs to ${m} outputs, every input connected to every output.`,
  descSample: (k: number, dropped: string, kept: number, n: number, scale: string) =>
    `Training step ${k}: inputs ${dropped} are dropped (dashed and crossed out, their connections gone); the other ${kept} of ${n} pass on their values ${scale}.`,
  descTest: (what: string) => `At test time nothing is dropped: ${what}.`,
  caption: (p: string, scaling: 'inverted' | 'original', factor: string, seed: number, samples: number) =>
    `Dropout with p = ${p} on the inputs of a small dense layer. Each training step uses its own thinned network (here the first ${samples} masks of seed ${seed}, the ones the widget below starts with), all sharing the same weights. ` +
    (scaling === 'inverted'
      ? `Inverted dropout multiplies the kept values by ${factor} while training, so the network at test time is the full one, unchanged.`
      : `The original convention leaves the kept values as they are while training; at test time every weight is multiplied by ${factor}.`),
};

/** Every word the lesson pictures say: their text alternatives, some with the numbers they draw. */

const times = (a: number, b: number) => `${a} × ${b}`;

export const strings = {
  placeholder: 'A small grid of feature maps: this lesson has no picture of its own yet.',
  whatIsACnn: (truth: string, predicted: string, percent: number) =>
    `A test image of the class ${truth} goes into the course's trained network, becomes a stack of feature maps, and comes out as ten class probabilities, the tallest for ${predicted} (${percent} %).`,
  convolution: (n: number, f: number, out: number) =>
    `A ${times(n, n)} input with a ${times(f, f)} window in its corner, and the ${times(out, out)} output the window makes as it slides; the highlighted output cell is the window's sum.`,
  receptiveFields: (sizes: readonly number[]) =>
    `A stack of ${sizes.length} layers of 3-wide convolutions: one unit at the top sees ${sizes.slice(0, -1).join(', ')} and finally ${sizes.at(-1)} cells as you go down to the input.`,
  pooling: (n: number, out: number) =>
    `A ${times(n, n)} feature map split into 2 × 2 windows, the largest value of each marked, and the ${times(out, out)} map of those maxima.`,
  activations: 'The curves of ReLU, sigmoid and tanh over the same inputs: ReLU is zero then rises in a straight line, sigmoid and tanh flatten out at both ends.',
  batchNorm: 'A skewed histogram of activations off to one side, and the same values after batch normalisation: centred on zero with unit spread, the skew unchanged.',
  fcDropout: (dropped: number, total: number) =>
    `A fully connected layer with ${dropped} of its ${total} input units dropped for one training step: they and their connections are dashed out.`,
  losses: 'The cross-entropy loss against the probability given to the correct class: near zero when the network is sure and right, rising steeply as that probability falls towards zero.',
  preprocessing: 'A cloud of data points far from the origin, and the same cloud after subtracting its mean: centred on the origin.',
  classicNetworks: (names: readonly string[]) =>
    `The convolution layers of ${names.join(', ')} as bars, one row per network, each bar as tall as its layer has channels: the networks grow deeper and wider.`,
  inception: (branches: readonly number[]) =>
    `An Inception module: four branches side by side (1 × 1, 3 × 3 and 5 × 5 convolutions and a pooling) on the same input, concatenated into ${branches.join(' + ')} channels.`,
  resnet: 'A residual block: two weight layers on the main path and a skip connection carrying the input around them to be added to their output.',
  lightweightNetworks: (percent: number) =>
    `A depthwise convolution, one small kernel per channel, then a pointwise 1 × 1 convolution mixing the channels: together about ${percent} % of the multiplications of a standard convolution, shown as two bars.`,
  siameseTriplet: 'Two copies of the same network sharing their weights map two images into one embedding, where an anchor sits close to a positive example and a negative example lies beyond the margin.',
  attention: 'A squeeze-and-excitation gate: each channel of a feature map stack is averaged to one number, passed through a sigmoid gate, and the channels are scaled by their gates.',
  compression: (percent: number) =>
    `A histogram of a trained layer's weights with the ${percent} % smallest in magnitude, the centre of the histogram, pruned to zero.`,
  trainingPractice: 'Two learning curves as a model grows: the training error keeps falling, while the error on new data falls and then rises again.',
  visualisingCnns: (filters: number) =>
    `The ${filters} learned 3 × 3 filters of the trained network's first layer, positive weights in one colour and negative in another, and a heat map of where one filter responds on a test image.`,
} as const;

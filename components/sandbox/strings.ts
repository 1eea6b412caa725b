/** Every user-facing string of the sandbox page, in one place. */
import type { ActivationFn } from '@/lib/compute/training/spec';
import type { Block, BlockType, NumericSetting, PresetId, Row } from '@/lib/sandbox';

const ACTIVATION_NAMES: Record<ActivationFn, string> = { relu: 'ReLU', leakyRelu: 'Leaky ReLU', elu: 'ELU', sigmoid: 'Sigmoid', tanh: 'tanh' };

const n = (v: number) => v.toLocaleString('en-US');
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

export const S = {
  title: 'Sandbox: build, train and look inside a CNN',
  intro:
    'Stack blocks into a small convolutional network for 28×28 Fashion-MNIST images, watch its shapes, parameters, multiply-accumulates and receptive field change as you edit, then train it here in your browser and look at what it learned. Start from a preset or from scratch; the 10-way output layer is added for you.',
  readsBefore: 'The network table works at once; training downloads the 3 MB image set and the compute engine when you press Train.',

  // presets and state
  presetsLegend: 'Start from a preset',
  presets: { lenet: 'LeNet-like', vgg: 'VGG-like stack', resnet: 'Tiny ResNet', mobilenet: 'MobileNet-like' } satisfies Record<PresetId, string>,
  presetHint: (name: string) => `Replace the network with the ${name} starter`,
  presetLoaded: (name: string) => `Loaded the ${name} starter.`,
  shareLegend: 'Save and share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied: opening it restores this network and its training settings.',
  linkInAddressBar: 'The address bar now holds a link to this network; copy it from there.',
  exportFile: 'Export JSON',
  importFile: 'Import JSON',
  exported: 'Saved the network as sandbox-network.json.',
  imported: (name: string) => `Loaded the network from ${name}.`,
  cannotShare: (why: string) => `Fix this first, then share: ${why}`,

  // take the network elsewhere
  exportHeading: 'Take your network with you',
  exportIntro: 'The same layers, shapes and parameter counts as the table, as code for PyTorch or Keras; after training, the weights too, so the code predicts what this page predicts.',
  pytorchCode: 'PyTorch code (.py)',
  kerasCode: 'Keras code (.py)',
  pytorchWeights: 'Weights for PyTorch (.json)',
  kerasWeights: 'Weights for Keras (.json)',
  showCode: 'Show the PyTorch code',
  lookInside: 'Look inside this network',
  lookInsideHint: 'Opens the network overview on the network you just trained: every layer on any test image, drawing or photo.',
  weightsNeedTraining: 'Train the network to export its weights or look inside it.',
  weightsStale: 'You changed the network since training: train it again to export weights that fit it, or to look inside it.',
  saved: (name: string) => `Saved ${name}.`,

  // the block list
  builderHeading: 'Blocks',
  paletteLegend: 'Add a block at the end',
  add: (name: string) => `Add ${name}`,
  emptyList: 'No blocks yet: the network is only the output layer (logistic regression on the pixels). Add a block above.',
  fullList: (max: number) => `The sandbox takes at most ${max} blocks.`,
  blockNames: {
    conv: 'Convolution',
    pool: 'Pooling',
    batchNorm: 'Batch norm',
    activation: 'Activation',
    dropout: 'Dropout',
    dense: 'Dense (FC)',
    residual: 'Residual block',
    depthwiseSeparable: 'Depthwise separable',
    globalAvgPool: 'Global avg pooling',
    flatten: 'Flatten',
  } satisfies Record<BlockType, string>,
  shortNames: {
    conv: 'Conv',
    pool: 'Pool',
    batchNorm: 'BN',
    activation: 'Activation',
    dropout: 'Dropout',
    dense: 'Dense',
    residual: 'Residual',
    depthwiseSeparable: 'DW separable',
    globalAvgPool: 'GAP',
    flatten: 'Flatten',
    squeezeExcite: 'SE',
    spatialAttention: 'Attention',
  } as Record<string, string>,
  blockHeading: (i: number, name: string) => `${i + 1}. ${name}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  blockActions: (i: number, name: string) => `${name}, layer ${i + 1}`,
  settings: { filters: 'Filters', kernel: 'Kernel size', stride: 'Stride', size: 'Window', units: 'Units', rate: 'Drop rate' } satisfies Record<NumericSetting, string>,
  padding: 'Padding',
  paddingOptions: { same: 'same', valid: 'valid' },
  mode: 'Pooling',
  modeOptions: { max: 'max', avg: 'average' },
  activation: 'Function',
  activationNames: ACTIVATION_NAMES,
  residualNote: 'two 3×3 convolutions with BN and ReLU, plus the shortcut',
  dwNote: 'a k×k filter per channel, then a 1×1 convolution',
  announceMoved: (name: string, to: number) => `${name} moved to position ${to}.`,
  announceRemoved: (name: string) => `${name} removed.`,
  announceAdded: (name: string, at: number) => `${name} added as layer ${at}.`,

  // the table
  tableHeading: 'Shapes and costs',
  tableCaption: 'Every layer’s output shape, parameters, multiply-accumulates (MACs) per image and receptive field',
  tableHeaders: ['#', 'Layer', 'Output', 'Parameters', 'MACs', 'Receptive field'],
  rfShort: (size: number, jump: number) => `${size} px, jump ${jump}`,
  inputRow: 'Input image',
  impliedFlatten: 'Flatten (added before dense)',
  outputRow: 'Output: dense, 10 classes',
  rowName: (row: Row, name: string) => (row.implied === 'flatten' ? 'Flatten (added)' : row.implied === 'output' ? 'Output (10 classes)' : name),
  /** A block as one short line of the table: what it is and its main setting. */
  blockLine: (b: Block): string => {
    switch (b.type) {
      case 'conv': return `Conv ${b.kernel}×${b.kernel}${b.stride > 1 ? ` /${b.stride}` : ''}`;
      case 'depthwiseSeparable': return `DW separable ${b.kernel}×${b.kernel}${b.stride > 1 ? ` /${b.stride}` : ''}`;
      case 'residual': return `Residual${b.stride > 1 ? ` /${b.stride}` : ''}`;
      case 'pool': return `${b.mode === 'max' ? 'Max' : 'Avg'} pool ${b.size}×${b.size}`;
      case 'batchNorm': return 'Batch norm';
      case 'activation': return ACTIVATION_NAMES[b.fn] ?? String(b.fn);
      case 'dropout': return `Dropout ${b.rate}`;
      case 'globalAvgPool': return 'Global avg pool';
      case 'flatten': return 'Flatten';
      case 'dense': return 'Dense';
    }
  },
  rf: (size: number, jump: number) => `${size}×${size}, jump ${jump}`,
  rfWhole: 'whole image',
  total: 'Total',
  macsNote: 'MACs count the multiply-accumulates of convolutions and dense layers for one image; pooling, batch norm and activations are cheap element-wise steps and count as 0. The receptive field is how many input pixels one output cell sees; the jump is how many pixels apart neighbouring cells look.',
  problemHeading: 'This network does not fit',
  notChecked: 'not checked yet',

  // training
  trainingHeading: 'Train',
  settingsLegend: 'Training settings',
  optimizer: 'Optimiser',
  optimizerNames: { adam: 'Adam', sgd: 'SGD with momentum' },
  learningRate: 'Learning rate',
  momentum: 'Momentum',
  batchSize: 'Batch size',
  epochs: 'Epochs',
  trainImages: 'Training images',
  trainImagesOption: (v: number) => n(v),
  seed: 'Seed',
  trainingOff: (why: string) => `Training is off: ${why}`,
  settingsProblem: 'a training setting is not valid (see the message next to it).',
  preparing: 'Starting the compute engine…',
  backend: (name: string) => `Training on the ${name.toUpperCase()} backend.`,
  detail: (epoch: number, epochs: number, batch: number, batches: number, loss: number, acc: number) =>
    `Epoch ${epoch} of ${epochs}, batch ${batch} of ${batches} · loss ${loss.toFixed(3)} · training accuracy ${pct(acc)}`,
  testAccuracy: (acc: number, count: number) => `Test accuracy: ${pct(acc)} on ${n(count)} test images (chance: 10 %).`,
  announceEpoch: (epoch: number, epochs: number, acc: number) => `Epoch ${epoch} of ${epochs} done: test accuracy ${pct(acc)}.`,
  announceDone: (acc: number) => `Training finished: test accuracy ${pct(acc)}.`,
  failed: (why: string) => `Training stopped with an error: ${why}`,
  lossChart: 'Loss while training',
  accuracyChart: 'Accuracy while training',
  lossSeries: 'training loss (mean of the last 10 batches)',
  accSeries: 'training accuracy (last 10 batches)',
  testSeries: 'test accuracy (at start, per epoch)',
  curvesEmpty: 'No run yet: press Train to draw the curves.',
  changedSinceTraining: 'You changed the network after this run: what is shown below is the network as it was trained. Train again to train the new one.',

  // looking inside
  insideHeading: 'Look inside',
  insideEmpty: 'Train the network (or pause it) to see its filters, feature maps, confusion matrix and mistakes.',
  filtersHeading: 'Learned filters of the first convolution',
  filtersCaption: (layer: number, count: number, k: number) => `${count} filters of ${k}×${k} from layer ${layer}; light = positive weight, dark = negative (each filter scaled to its own range).`,
  filtersNone: 'The network has no convolution, so there are no filters to show.',
  filterLabel: (i: number, k: number, min: number, max: number) => `Filter ${i + 1}, ${k}×${k}, weights from ${min.toFixed(2)} to ${max.toFixed(2)}`,
  mapsHeading: 'Feature maps of a test image',
  pickImage: 'Pick a test image',
  pickImageButton: (i: number, name: string) => `Test image ${i + 1}: ${name}`,
  mapLayer: 'Layer',
  mapLayerOption: (i: number, name: string, shape: string) => `${i + 1}. ${name} (${shape})`,
  mapsCaption: (shown: number, total: number) => (shown < total ? `First ${shown} of ${total} channels; bright = strong activation.` : `All ${total} channels; bright = strong activation.`),
  mapLabel: (c: number, min: number, max: number) => `Channel ${c + 1}, values from ${min.toFixed(2)} to ${max.toFixed(2)}`,
  prediction: (name: string, p: number) => `The network says: ${name} (${pct(p)}).`,
  noMaps: 'This network has no layer with a feature map to show.',
  confusionHeading: 'Confusion matrix on the test set',
  confusionCaption: (acc: number, count: number) => `Rows: true class; columns: predicted class; each cell counts test images (of ${n(count)}), darker = more. Correct answers lie on the diagonal; accuracy ${pct(acc)}.`,
  trueClass: 'True class',
  predictedClass: 'Predicted',
  mistakesHeading: 'Misclassified test images',
  mistakesCaption: (shown: number, total: number) => `${shown} of the ${n(total)} test images the network got wrong.`,
  noMistakes: 'No test image was misclassified.',
  mistake: (truth: string, predicted: string) => `true: ${truth}, predicted: ${predicted}`,
  evaluating: 'Evaluating on the test set…',

  // links and files
  linkProblem: (why: string) => why,
  importLabel: 'Import a sandbox JSON file',
};

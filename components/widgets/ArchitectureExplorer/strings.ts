/** Every word ArchitectureExplorer shows. */
import type { BlockType, LayerKind, MergeOp } from '@/lib/nn/catalogue';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { analysis, isNetworkId, networkIds, type Family } from './model';
import { REASONS } from './state';

export const S = {
  title: 'Architecture explorer',
  networkLabel: 'Network',
  choose: 'Choose a network',
  families: {
    classic: 'Classic',
    vgg: 'VGG',
    inception: 'Inception',
    resnet: 'ResNet',
    light: 'Light networks',
  } satisfies Record<Family, string>,
  expandAll: 'Expand all blocks',
  collapseAll: 'Collapse all blocks',
  exact: 'Exact counts',
  source: 'Definition',
  summary: {
    params: 'Parameters',
    paramBytes: (mb: string) => `${mb} at float32`,
    macs: 'Multiply-accumulates per image',
    activations: 'Activations stored per image (forward)',
    activationBytes: (mb: string) => `${mb} at float32`,
    weightLayers: 'Layers with weights',
    field: 'Receptive field',
    fieldValue: (size: string, at: string) => `${size} pixels (at ${at})`,
    noField: 'none (every output sees the whole input)',
    shapes: (input: string, output: string) => `Input ${input} → output ${output}`,
  },
  diagram: {
    caption: 'Layers left to right. Box height grows with the values a layer outputs; a box with + is a block.',
    label: (title: string) =>
      `Layer diagram of ${title}. Left and right arrows move between layers, Enter or Space opens or closes a block, Escape closes the block around the current layer, Home and End jump to the ends.`,
    openHint: 'Enter opens this block.',
    opened: (name: string) => `Opened ${name}.`,
    closed: (name: string) => `Closed ${name}.`,
    closeHint: 'Escape closes the block around it.',
  },
  table: {
    caption: (title: string) => `${title}, layer by layer`,
    region: (title: string) => `Layer table of ${title} (scrolls)`,
    layer: 'Layer',
    output: 'Output',
    params: 'Parameters',
    macs: 'MACs',
    memory: 'Values stored',
    field: 'Receptive field',
    input: 'input',
    image: 'image',
    total: 'Total',
    whole: 'whole input',
    notAligned: '†',
    notAlignedNote: '† Paths with receptive fields of different centres or strides were merged here; the largest is shown.',
    inPlace: '0 (in place)',
    path: (i: number, of: number, name: string | undefined, layers: number) =>
      `path ${i + 1} of ${of}${name ? ` (${name})` : ''}: ${layers === 0 ? 'identity' : `${layers} layer${layers === 1 ? '' : 's'}`}`,
    blockLayers: (n: number) => `${n} layer${n === 1 ? '' : 's'}`,
    expand: (name: string) => `Expand ${name}`,
    collapse: (name: string) => `Collapse ${name}`,
    memoryNote: 'Values stored: the output a layer keeps in memory during the forward pass. Activations and dropout work in place and flatten only re-views its input, so they add nothing; the total counts the input image too.',
  },
  blockTypes: {
    sequence: 'sequence',
    stage: 'stage',
    'conv-bn-act': 'conv, BN, activation',
    classifier: 'classifier',
    nin: 'NiN block',
    basic: 'residual block',
    bottleneck: 'bottleneck',
    inception: 'Inception module',
    fire: 'Fire module',
    'inverted residual': 'inverted residual',
    'depthwise separable': 'depthwise separable',
    'shuffle unit': 'shuffle unit',
    'squeeze-excite': 'squeeze-excite',
    xception: 'Xception block',
  } satisfies Record<BlockType, string>,
  kinds: {
    conv: 'convolution',
    pool: 'pooling',
    adaptivePool: 'adaptive pooling',
    globalPool: 'global pooling',
    bn: 'batch norm',
    act: 'activation',
    fc: 'fully connected',
    dropout: 'dropout',
    flatten: 'flatten',
    chunk: 'channel split',
    shuffle: 'channel shuffle',
    add: 'residual add',
    concat: 'concatenation',
    multiply: 'channel gating',
    block: 'block',
    input: 'input image',
  } satisfies Record<LayerKind | MergeOp | 'block' | 'input', string>,
  legend: { conv: 'convolution', pool: 'pooling', fc: 'fully connected', norm: 'batch norm', merge: 'merge', block: 'block (closed)', other: 'in place' },
  detail: {
    input: (shape: string, values: string) => `Input image ${shape}: ${values} values.`,
    layer: (name: string, label: string, inShape: string, outShape: string, params: string, macs: string, stored: string, field: string) =>
      `${name}, ${label}: ${inShape} → ${outShape}; ${params} parameters; ${macs} multiply-accumulates; stores ${stored} values; receptive field ${field}.`,
    block: (name: string, type: string, layers: number, open: boolean, inShape: string, outShape: string, params: string, macs: string, stored: string) =>
      `${name}, ${type} of ${layers} layer${layers === 1 ? '' : 's'} (${open ? 'open' : 'closed'}): ${inShape} → ${outShape}; ${params} parameters; ${macs} multiply-accumulates; stores ${stored} values.`,
    fieldLocal: (size: string) => `${size} pixels`,
    fieldGlobal: 'the whole input',
  },
  chart: {
    caption: 'Every network in the catalogue: parameters against multiply-accumulates per image (both axes on a log scale)',
    x: 'multiply-accumulates per image',
    y: 'parameters',
    label: 'Chart of the networks by parameters and multiply-accumulates. Arrow keys move between networks, Enter shows the one in focus.',
    point: (title: string, params: string, macs: string, current: boolean) =>
      `${title}: ${params} parameters, ${macs} multiply-accumulates${current ? ' (shown above)' : ''}`,
    tableToggle: 'The same as a table',
    tableCaption: 'Every network in the catalogue',
    network: 'Network',
    params: 'Parameters',
    macs: 'MACs',
    activations: 'Activations',
    show: (title: string) => `Show ${title}`,
    shown: 'shown',
  },
  errors: {
    unknownNetwork: (id: string, known: string) => `The catalogue has no network "${id}". Pick one of: ${known}.`,
    unknownBlocks: (names: string, title: string) => `${title} has no block named ${names}.`,
    unknownBlocksProp: (names: string, title: string) => `${title} has no block named ${names}, so it could not be opened; the rest of the network is shown as usual.`,
    networkNotString: 'must be the id of a catalogue network',
    openNotList: 'must be a list of block names',
  },
  invalidHeading: 'No network to show.',
} as const;

/** The words for a link's problems: fields by their own names, and the schema's reason codes. */
export const ISSUES: IssueLabels = {
  label: (f) => (f === 'network' ? '' : f),
  detail: (reason) => {
    if (reason === REASONS.notId) return `network ${S.errors.networkNotString}`;
    if (reason === REASONS.notList) return S.errors.openNotList;
    if (reason.startsWith(REASONS.unknownNetwork)) {
      const known = S.errors.unknownNetwork(reason.slice(REASONS.unknownNetwork.length), networkIds.join(', '));
      return known.slice(0, -1);
    }
    if (reason.startsWith(REASONS.unknownBlocks)) {
      const [id, names] = reason.slice(REASONS.unknownBlocks.length).split(/:(.*)/s);
      return S.errors.unknownBlocks(names ?? '', isNetworkId(id) ? analysis(id).title : id).slice(0, -1);
    }
    return reason;
  },
};

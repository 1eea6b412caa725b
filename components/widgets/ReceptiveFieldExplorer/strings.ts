/** Every word ReceptiveFieldExplorer shows, so a translated edition only replaces this file. */
import type { ChainLayerKind } from '@/lib/nn/layerChain';
import type { IssueLabels } from '@/components/widgets/shared/frame/issueStrings';
import { LAYER_OPTIONS, type LayerField, type StackChoice } from './state';

const span = (a: number, b: number) => (a === b ? `${a + 1}` : `${a + 1}–${b + 1}`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const S = {
  title: 'Receptive field explorer',
  settings: 'Stack and input',
  stackLabel: 'Stack',
  stacks: {
    'two-3x3': 'Two 3×3 convolutions',
    'one-5x5': 'One 5×5 convolution',
    'three-3x3': 'Three 3×3 convolutions',
    'one-7x7': 'One 7×7 convolution',
    'with-pooling': '3×3 conv, 2×2 max pool, two 3×3 convs',
    dilated: 'Three 3×3 convolutions, dilation 1, 2, 4',
    'six-3x3': 'Six 3×3 convolutions',
    custom: 'Your own stack',
  } satisfies Record<StackChoice, string>,
  fields: { side: 'Input side', channels: 'Channels C (in and out of each conv)', seed: 'Random seed' },
  relu: 'ReLU after each layer (in the random network)',
  layersLegend: 'Layers, input first',
  layerName: (i: number) => `Layer ${i + 1}`,
  layerType: 'Type',
  kinds: { conv: 'Convolution', max: 'Max pooling', avg: 'Average pooling' } satisfies Record<ChainLayerKind, string>,
  kindShort: { conv: 'conv', max: 'max pool', avg: 'avg pool' } satisfies Record<ChainLayerKind, string>,
  layerFields: { kernel: 'Kernel', stride: 'Stride', padding: 'Padding', dilation: 'Dilation' } satisfies Record<LayerField, string>,
  fieldOf: (field: string, layer: number) => `${field} of layer ${layer + 1}`,
  kindOf: (layer: number) => `Type of layer ${layer + 1}`,
  addLayer: 'Add a layer',
  removeLayer: (i: number) => `Remove layer ${i + 1}`,
  remove: 'Remove',
  newDraw: 'New random weights',

  figureLabel: (out: number) => `Feature maps of the stack, input first. The last map is ${out}×${out}: arrow keys move the selected output unit, Home and End go to the ends of its row, Page Up and Page Down to the first and last row.`,
  hint: 'Hover or click a cell of the last map, or Tab to it and use the arrow keys: every map highlights the cells that unit depends on.',
  inputTitle: (n: number) => `Input ${n}×${n}`,
  mapTitle: (i: number, kind: ChainLayerKind, k: number, n: number) => `After layer ${i}: ${k}×${k} ${S.kindShort[kind]}, ${n}×${n}`,
  outputTag: 'output',
  legend: 'Blue: the cells the selected unit depends on. Dashed grey: zero padding. Orange: the selected unit.',

  announce: (r: number, c: number, size: number, region: { r0: number; r1: number; c0: number; c1: number }, pad: number) =>
    `Output unit at row ${r + 1}, column ${c + 1} sees a ${size}×${size} field: input rows ${span(region.r0, region.r1)}, columns ${span(region.c0, region.c1)}${pad ? `; ${plural(pad, 'cell')} of it ${pad === 1 ? 'is' : 'are'} padding` : ''}.`,
  rowsNote: 'Rows and columns are counted from 1; 0 and below, or past the side, are padding.',

  tableCaption: 'Layer by layer (Araujo, Norris and Sim’s formulas): the field of one unit of each map on the input, and the part of each map the selected unit depends on.',
  colMap: 'Map',
  colSize: 'Map size',
  colField: 'Field r',
  colStride: 'Effective stride S',
  colPadding: 'Effective padding P',
  colRegion: 'Cells the selected unit depends on',
  regionText: (g: { r0: number; r1: number; c0: number; c1: number }) => `rows ${span(g.r0, g.r1)}, cols ${span(g.c0, g.c1)}`,
  mapName: (i: number) => (i === 0 ? 'input' : `layer ${i}`),

  compareHeading: 'The same field from one layer',
  stackCard: (convs: number, pools: number) => `This stack: ${plural(convs, 'conv layer')}${pools ? ` and ${plural(pools, 'pooling layer')} (no weights)` : ''}`,
  singleCard: (r: number) => `One ${r}×${r} convolution`,
  perPair: 'Weights per pair of channels',
  withChannels: (c: number) => `Weights with C = ${c} channels in and out`,
  sumOfSquares: (ks: number[]) => (ks.length ? ks.map((k) => `${k}²`).join(' + ') : '0'),
  compareSame: 'Same number of weights: this stack is one layer.',
  compareFewer: (pct: string) => `The stack needs ${pct} fewer weights for the same field, and puts a nonlinearity between its layers.`,
  compareMore: (pct: string) => `Here the stack needs ${pct} more weights than one big kernel.`,
  dilatedNote: 'Dilation spreads the taps: the field grows, the weights do not, and the field has holes (see the effective field).',

  sharingHeading: 'Weight sharing against full connection',
  sharingCaption: (c: number) => `Weights of each conv layer with C = ${c} channels (biases left out)`,
  colLayer: 'Layer',
  colShared: 'Convolution (shared kernel)',
  colLocal: 'Locally connected (a kernel per position)',
  colFull: 'Fully connected',
  total: 'Total',
  noConv: 'This stack has no convolution: pooling has no weights.',

  erfHeading: 'Effective receptive field',
  erfCaption: (seed: number, relu: boolean, draws: number) =>
    `|∂ output unit / ∂ input| of a randomly initialised network with 4 channels a layer (seed ${seed}, ${relu ? 'ReLU between layers' : 'no ReLU'}, mean of ${draws} draws). The blue square is the theoretical field.`,
  erfLoading: 'Loading the compute engine…',
  erfAlt: (size: number, half: number, ninety: number, std: string) =>
    `Heat map of the gradient on the input. The theoretical field is ${size}×${size}; half of the gradient falls in the central ${half}×${half}, 90% in the central ${ninety}×${ninety}; standard deviation ${std} cells.`,
  erfHalf: 'Half of the gradient within',
  erfNinety: '90% of the gradient within',
  erfStd: 'Spread σ (cells)',
  erfTheory: 'Theoretical field',
  erfUniform: (s: string) => `(a field filled evenly would have σ = ${s})`,
  erfScale: 'Colour: darker = larger gradient, each map scaled to its own maximum.',
  erfFailed: (why: string) => `The effective field could not be computed: ${why}`,

  invalidHeading: 'No field for this stack.',
};

/** A layer's or the unit's own reasons (state.ts), in words. */
const REASONS: Record<string, string> = {
  'not-object': 'a layer must be an object',
  kind: 'unknown layer type (conv, max or avg)',
  unit: 'must be [row, column], two whole numbers from 0',
  ...Object.fromEntries((Object.keys(LAYER_OPTIONS) as LayerField[]).map((f) => [f, `${S.layerFields[f].toLowerCase()} must be one of ${LAYER_OPTIONS[f].join(', ')}`])),
};

/** How a setting a link, the lesson or the reader got wrong is named. */
export const ISSUES: IssueLabels = {
  label: (f) => (Object.hasOwn(S.fields, f) ? S.fields[f as keyof typeof S.fields] : f),
  detail: (r) => (Object.hasOwn(REASONS, r) ? REASONS[r] : r),
};

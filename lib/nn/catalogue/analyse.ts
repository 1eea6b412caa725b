/**
 * Walks a network's graph from its input: every layer's output shape, parameters, MACs,
 * activation memory and receptive field, grouped in the network's blocks with their totals.
 * An impossible graph gives an error naming the layer (or merge) where it fails.
 */
import { shapeLabel } from '../layerStack';
import type {
  AnalysisResult,
  BlockResult,
  BlockSpec,
  Field,
  LayerRow,
  LayerSpec,
  MergeOp,
  NetworkAnalysis,
  NetworkSpec,
  NodeResult,
  NodeSpec,
  PathResult,
  ReceptiveField,
  Shape,
} from './graph';
import { applyLayer, count, describeLayer, isFeature, type AxisWindow } from './layerMath';

class GraphError extends Error {
  constructor(
    readonly layer: string,
    message: string,
  ) {
    super(`${layer}: ${message}`);
  }
}

interface State {
  shape: Shape;
  field: Field;
}

interface Context {
  rows: LayerRow[];
  /** Full name of the enclosing block, '' at the top level. */
  prefix: string;
  block: string | null;
  depth: number;
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);
const INPUT_FIELD: Field = {
  kind: 'local',
  h: { size: 1, effectiveStride: 1, effectivePadding: 0 },
  w: { size: 1, effectiveStride: 1, effectivePadding: 0 },
  aligned: true,
};

function grow(rf: ReceptiveField, win: AxisWindow): ReceptiveField {
  return {
    size: rf.size + (win.kernel - 1) * rf.effectiveStride,
    effectiveStride: rf.effectiveStride * win.stride,
    effectivePadding: rf.effectivePadding + win.padding * rf.effectiveStride,
  };
}

function runLayer(layer: LayerSpec, state: State, ctx: Context): LayerRow {
  const name = join(ctx.prefix, layer.name);
  const step = applyLayer(layer, state.shape);
  if (typeof step === 'string') throw new GraphError(name, step);
  let field: Field = state.field;
  if (step.field !== 'identity' && field.kind === 'local') {
    field = 'global' in step.field
      ? { kind: 'global', reason: step.field.global }
      : { kind: 'local', h: grow(field.h, step.field[0]), w: grow(field.w, step.field[1]), aligned: field.aligned };
  }
  const values = count(step.out);
  const row: LayerRow = {
    node: 'layer',
    name,
    kind: layer.kind,
    label: describeLayer(layer),
    block: ctx.block,
    depth: ctx.depth,
    inShape: state.shape,
    outShape: step.out,
    params: step.params,
    macs: step.macs,
    values,
    memory: step.stored ? values : 0,
    field,
  };
  ctx.rows.push(row);
  return row;
}

function runNodes(nodes: readonly NodeSpec[], state: State, ctx: Context): { state: State; results: NodeResult[] } {
  const results: NodeResult[] = [];
  let current = state;
  for (const node of nodes) {
    const result = node.kind === 'block' ? runBlock(node, current, ctx) : runLayer(node, current, ctx);
    results.push(result);
    current = { shape: result.outShape, field: result.field };
  }
  return { state: current, results };
}

const MERGE_WORDS: Record<MergeOp, string> = { add: 'residual add', concat: 'concatenation', multiply: 'channel gating' };

/** The shape of merged paths, or why they cannot be merged. */
function mergeShape(op: MergeOp, shapes: Shape[]): Shape | string {
  const list = shapes.map(shapeLabel).join(' and ');
  const [first, ...rest] = shapes;
  if (op === 'add') {
    return rest.every((s) => s.length === first.length && s.every((v, i) => v === first[i]))
      ? first
      : `${MERGE_WORDS.add} of ${list}: the paths must give the same shape.`;
  }
  if (op === 'multiply') {
    // A gate of C×1×1 (or C values) scales the C channels of the first path.
    const ok = rest.every((g) => g[0] === first[0] && count(g) === g[0]);
    return ok ? first : `${MERGE_WORDS.multiply} of ${list}: the gate must hold one value per channel.`;
  }
  const sameKind = shapes.every((s) => s.length === first.length);
  const sameSize = isFeature(first) && shapes.every((s) => s[1] === first[1] && s[2] === first[2]);
  if (!sameKind || (isFeature(first) && !sameSize)) {
    return `${MERGE_WORDS.concat} of ${list}: the maps must have the same height and width.`;
  }
  const channels = shapes.reduce((a, s) => a + s[0], 0);
  return isFeature(first) ? [channels, first[1], first[2]] : [channels];
}

/** Distill's rule: keep the largest path's field; flag paths whose centres or strides differ. */
function mergeFields(fields: Field[]): Field {
  const global = fields.find((f) => f.kind === 'global');
  if (global) return global;
  const local = fields as Extract<Field, { kind: 'local' }>[];
  const centre = (rf: ReceptiveField) => (rf.size - 1) / 2 - rf.effectivePadding;
  const agree = (axis: 'h' | 'w') =>
    local.every((f) => f[axis].effectiveStride === local[0][axis].effectiveStride && centre(f[axis]) === centre(local[0][axis]));
  const largest = (axis: 'h' | 'w') => local.reduce((best, f) => (f[axis].size > best[axis].size ? f : best))[axis];
  return { kind: 'local', h: largest('h'), w: largest('w'), aligned: local.every((f) => f.aligned) && agree('h') && agree('w') };
}

function runBlock(block: BlockSpec, state: State, outer: Context): BlockResult {
  const name = join(outer.prefix, block.name);
  const ctx: Context = { rows: outer.rows, prefix: name, block: name, depth: outer.depth + 1 };
  const head = runNodes(block.nodes, state, ctx);
  let current = head.state;
  let paths: PathResult[] | undefined;
  let merge: LayerRow | undefined;
  if (block.fork) {
    if (block.fork.paths.length < 2) throw new GraphError(name, 'a fork needs at least two paths.');
    paths = block.fork.paths.map((path) => {
      const pathCtx = path.name ? { ...ctx, prefix: join(name, path.name) } : ctx;
      const run = runNodes(path.nodes, current, pathCtx);
      return { ...(path.name ? { name: path.name } : {}), nodes: run.results, outShape: run.state.shape, field: run.state.field };
    });
    const op = block.fork.merge;
    const mergeName = join(name, op);
    const shape = mergeShape(op, paths.map((p) => p.outShape));
    if (typeof shape === 'string') throw new GraphError(mergeName, shape);
    const field = mergeFields(paths.map((p) => p.field));
    const values = count(shape);
    merge = {
      node: 'layer',
      name: mergeName,
      kind: op,
      label: MERGE_WORDS[op],
      block: name,
      depth: ctx.depth,
      inShape: current.shape,
      outShape: shape,
      params: 0,
      macs: 0,
      values,
      // torchvision adds in place (out += identity); a concatenation or a gated copy is new memory.
      memory: op === 'add' ? 0 : values,
      field,
    };
    outer.rows.push(merge);
    current = { shape, field };
  }
  const tail = runNodes(block.after ?? [], current, ctx);
  const parts: (NodeResult | LayerRow)[] = [...head.results, ...(paths ?? []).flatMap((p) => p.nodes), ...(merge ? [merge] : []), ...tail.results];
  return {
    node: 'block',
    name,
    type: block.type,
    block: outer.block,
    depth: outer.depth,
    inShape: state.shape,
    outShape: tail.state.shape,
    field: tail.state.field,
    params: parts.reduce((a, r) => a + r.params, 0),
    macs: parts.reduce((a, r) => a + r.macs, 0),
    memory: parts.reduce((a, r) => a + r.memory, 0),
    nodes: head.results,
    ...(paths ? { paths } : {}),
    ...(merge ? { merge } : {}),
    after: tail.results,
  };
}

function validInput(s: Shape): string | null {
  if (s.length !== 1 && s.length !== 3) return 'the input shape must be [C, H, W] or [N].';
  return s.every((v) => Number.isInteger(v) && v >= 1) ? null : `every input dimension must be a whole number of at least 1 (got ${s.join(', ')}).`;
}

/** Analyse a network on its own input, or on another input shape. Never throws for a bad graph. */
export function analyseGraph(net: NetworkSpec, input: Shape = net.input): AnalysisResult {
  const rows: LayerRow[] = [];
  const bad = validInput(input);
  if (bad) return { ok: false, error: `input: ${bad}`, layer: 'input', rows };
  try {
    const { state, results } = runNodes(net.nodes, { shape: input, field: INPUT_FIELD }, { rows, prefix: '', block: null, depth: 0 });
    return { ok: true, ...summarise(net, input, state.shape, rows, results) };
  } catch (e) {
    if (e instanceof GraphError) return { ok: false, error: e.message, layer: e.layer, rows };
    throw e;
  }
}

function summarise(net: NetworkSpec, input: Shape, output: Shape, rows: LayerRow[], tree: NodeResult[]): NetworkAnalysis {
  let params = 0;
  let macs = 0;
  let activations = count(input);
  let weightLayers = 0;
  let field: NetworkAnalysis['field'] = null;
  for (const r of rows) {
    params += r.params;
    macs += r.macs;
    activations += r.memory;
    if (r.kind === 'conv' || r.kind === 'fc') weightLayers += 1;
    if (r.field.kind === 'local') field = { at: r.name, h: r.field.h, w: r.field.w, aligned: r.field.aligned };
  }
  return { id: net.id, title: net.title, source: net.source, input, output, rows, tree, totals: { params, macs, activations, weightLayers }, field };
}

/** The layer, merge or block of that full name, anywhere in an analysed tree. */
export function findNode(nodes: readonly NodeResult[], name: string): NodeResult | undefined {
  for (const n of nodes) {
    if (n.name === name) return n;
    if (n.node === 'block' && (name.startsWith(`${n.name}.`) || n.merge?.name === name)) {
      if (n.merge?.name === name) return n.merge;
      const inner = [...n.nodes, ...(n.paths ?? []).flatMap((p) => p.nodes), ...n.after];
      const found = findNode(inner, name);
      if (found) return found;
    }
  }
  return undefined;
}

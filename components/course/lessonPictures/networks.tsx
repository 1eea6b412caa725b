/** Pictures of architectures, read from the catalogue: classic networks, Inception, ResNet, MobileNet. */
import { analyseNetwork, catalogue, type BlockSpec, type LayerSpec, type NetworkId, type NodeSpec } from '@/lib/nn/catalogue';
import { separableCost } from '@/lib/lightweight/separable';
import { Arrow, C, H, Picture, STROKE, THIN, W, round } from './svg';
import { strings } from './strings';

export const CLASSIC: readonly NetworkId[] = ['lenet5', 'alexnet', 'vgg16'];

/** Each network's convolution widths in order, with null where a pooling layer sits. */
export function classicData() {
  return CLASSIC.map((id) => {
    const a = analyseNetwork(id);
    const stages = a.rows.filter((r) => r.kind === 'conv' || r.kind === 'pool').map((r) => (r.kind === 'conv' ? r.outShape[0] : null));
    return { id, title: a.title, stages };
  });
}

export function ClassicNetworksPicture() {
  const nets = classicData();
  const widest = Math.max(...nets.flatMap((n) => n.stages.map((c) => c ?? 0)));
  const units = Math.max(...nets.map((n) => n.stages.reduce<number>((s, c) => s + (c === null ? 0.5 : 1), 0)));
  const step = (W - 16) / units;
  const rowH = (H - 12) / nets.length;
  return (
    <Picture label={strings.classicNetworks(nets.map((n) => n.title))}>
      {nets.map((n, row) => {
        const base = 6 + (row + 1) * rowH - 4;
        let x = 8;
        return (
          <g key={n.id}>
            {n.stages.map((c, i) => {
              if (c === null) {
                x += step / 2;
                return null;
              }
              // Area-true: a layer's bar grows with the square root of its channels.
              const h = (rowH - 8) * Math.sqrt(c / widest);
              const bar = <rect key={i} x={round(x + 0.75)} y={round(base - h)} width={round(step - 1.5)} height={round(h)} fill={C.accent} />;
              x += step;
              return bar;
            })}
            <path d={`M8 ${round(base)}H${W - 8}`} stroke={C.muted} strokeWidth={THIN} />
          </g>
        );
      })}
    </Picture>
  );
}

const isBlock = (n: NodeSpec): n is BlockSpec => n.kind === 'block';

/** The layers of a node in order, blocks opened up (a fork's paths one after another). */
function leaves(nodes: readonly NodeSpec[]): LayerSpec[] {
  return nodes.flatMap((n) => (isBlock(n) ? [...leaves(n.nodes), ...(n.fork?.paths.flatMap((p) => leaves(p.nodes)) ?? []), ...leaves(n.after ?? [])] : [n]));
}

function findBlock(nodes: readonly NodeSpec[], test: (b: BlockSpec) => boolean): BlockSpec | undefined {
  for (const n of nodes) {
    if (!isBlock(n)) continue;
    if (test(n)) return n;
    const inner = findBlock([...n.nodes, ...(n.fork?.paths.flatMap((p) => p.nodes) ?? [])], test);
    if (inner) return inner;
  }
  return undefined;
}

/** GoogLeNet's first Inception module: each branch's convolution kernels (0 for the pooling) and output channels. */
export function inceptionData() {
  const block = findBlock(catalogue.googlenet.nodes, (b) => b.type === 'inception');
  const analysed = analyseNetwork('googlenet').tree;
  const result = block && findResult(analysed, block.name);
  if (!block?.fork || !result?.paths) throw new Error('The catalogue has no Inception module in GoogLeNet.');
  return block.fork.paths.map((p, i) => ({
    kernels: leaves(p.nodes).flatMap((l) => (l.kind === 'conv' ? [l.kernel[0]] : l.kind === 'pool' ? [0] : [])),
    channels: result.paths![i].outShape[0],
  }));
}

type Tree = ReturnType<typeof analyseNetwork>['tree'];
function findResult(nodes: Tree, name: string): Extract<Tree[number], { node: 'block' }> | undefined {
  for (const n of nodes) {
    if (n.node !== 'block') continue;
    if (n.name === name) return n;
    const inner = findResult(n.nodes, name);
    if (inner) return inner;
  }
  return undefined;
}

export function InceptionPicture() {
  const branches = inceptionData();
  const total = branches.reduce((s, b) => s + b.channels, 0);
  const colW = (W - 16) / branches.length;
  const [inY, outY] = [6, H - 14];
  let at = 8;
  return (
    <Picture label={strings.inception(branches.map((b) => b.channels))}>
      <rect x={8} y={inY} width={W - 16} height={8} rx={2} fill={C.surface} stroke={C.muted} strokeWidth={STROKE} />
      {branches.map((b, i) => {
        const cx = 8 + colW * (i + 0.5);
        const slot = (outY - inY - 8) / (b.kernels.length + 1);
        return (
          <g key={i}>
            <path d={`M${round(cx)} ${inY + 8}V${outY}`} stroke={C.muted} strokeWidth={THIN} />
            {b.kernels.map((k, j) => {
              const side = k === 0 ? 12 : 5 + 3 * k;
              const cy = inY + 8 + slot * (j + 1);
              return k === 0 ? (
                <rect key={j} x={round(cx - side / 2)} y={round(cy - side / 2)} width={side} height={side} rx={side / 2} fill={C.surface} stroke={C.muted} strokeWidth={STROKE} strokeDasharray="3 2" />
              ) : (
                <rect key={j} x={round(cx - side / 2)} y={round(cy - side / 2)} width={side} height={side} fill={k === 1 ? C.accentSoft : C.accent} stroke={C.accent} strokeWidth={STROKE} />
              );
            })}
          </g>
        );
      })}
      {branches.map((b, i) => {
        const w = ((W - 16) * b.channels) / total;
        const seg = <rect key={i} x={round(at)} y={outY} width={round(w)} height={8} fill={i % 2 ? C.accent : C.accentSoft} stroke={C.accent} strokeWidth={THIN} />;
        at += w;
        return seg;
      })}
    </Picture>
  );
}

/** ResNet-18's first residual block: the weight layers of its main path, and whether the skip is the identity. */
export function resnetData() {
  const block = findBlock(catalogue.resnet18.nodes, (b) => b.fork?.merge === 'add');
  if (!block?.fork) throw new Error('The catalogue has no residual block in ResNet-18.');
  const [body, skip] = block.fork.paths;
  return { convs: leaves(body.nodes).filter((l) => l.kind === 'conv').length, identity: skip.nodes.length === 0 };
}

export function ResnetPicture() {
  const { convs, identity } = resnetData();
  const y = 62;
  const [x0, x1] = [10, W - 10];
  const plus = x1 - 22;
  const boxW = 24;
  const gap = (plus - 8 - x0 - 8 - convs * boxW) / (convs + 1);
  return (
    <Picture label={strings.resnet}>
      <Arrow x1={x0} y1={y} x2={plus - 7} y2={y} />
      {Array.from({ length: convs }, (_, i) => (
        <rect key={i} x={round(x0 + 8 + gap * (i + 1) + boxW * i)} y={y - 12} width={boxW} height={24} rx={3} fill={C.accentSoft} stroke={C.accent} strokeWidth={STROKE} />
      ))}
      <path d={`M${x0 + 8} ${y}V24H${plus}V${y - 8}`} fill="none" stroke={C.highlight} strokeWidth={STROKE * 2} strokeDasharray={identity ? undefined : '4 2'} />
      <circle cx={plus} cy={y} r={7} fill={C.surface} stroke={C.fg} strokeWidth={STROKE} />
      <path d={`M${plus - 4} ${y}h8M${plus} ${y - 4}v8`} stroke={C.fg} strokeWidth={STROKE} />
      <Arrow x1={plus + 7} y1={y} x2={x1} y2={y} />
    </Picture>
  );
}

/** MobileNet v1's first depthwise separable block: its multiplications against a standard convolution's. */
export function lightweightData() {
  const block = findBlock(catalogue.mobilenet_v1.nodes, (b) => b.type === 'depthwise separable');
  const convs = block ? leaves(block.nodes).filter((l) => l.kind === 'conv') : [];
  const row = block && analyseNetwork('mobilenet_v1').rows.find((r) => r.block === block.name && r.kind === 'conv');
  if (convs.length !== 2 || row?.inShape.length !== 3) throw new Error('The catalogue has no depthwise separable block in MobileNet v1.');
  const [dw, pw] = convs;
  const [m, df] = row.inShape;
  return separableCost({ df, m, n: pw.cout, dk: dw.kernel[0] });
}

export function LightweightPicture() {
  const cost = lightweightData();
  const planes = [14, 43, 72];
  const side = 16;
  const [a, b, c] = [8, 46, 84];
  const mid = 43 + side / 2;
  const barH = (v: number) => round((H - 20) * (v / cost.standard.mults));
  return (
    <Picture label={strings.lightweightNetworks(Math.round(cost.ratio * 100))}>
      {planes.map((y) => (
        <g key={y}>
          <rect x={a} y={y} width={side} height={side} fill={C.surface} stroke={C.muted} strokeWidth={STROKE} />
          <rect x={a + 2} y={y + 2} width={8} height={8} fill={C.accent} />
          <Arrow x1={a + side + 3} y1={y + side / 2} x2={b - 3} y2={y + side / 2} />
          <rect x={b} y={y} width={side} height={side} fill={C.accentSoft} stroke={C.accent} strokeWidth={STROKE} />
          <line x1={b + side} y1={y + side / 2} x2={c - 1} y2={mid} stroke={C.highlight} strokeWidth={STROKE} />
        </g>
      ))}
      <rect x={c} y={43} width={side} height={side} fill={C.highlight} stroke={C.accent} strokeWidth={STROKE} />
      <rect x={118} y={H - 10 - barH(cost.standard.mults)} width={12} height={barH(cost.standard.mults)} fill={C.muted} />
      <rect x={138} y={H - 10 - barH(cost.separable.mults)} width={12} height={barH(cost.separable.mults)} fill={C.accent} />
      <path d={`M112 ${H - 10}H${W - 4}`} stroke={C.muted} strokeWidth={THIN} />
    </Picture>
  );
}

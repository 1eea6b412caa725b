/**
 * AlexNet's and ZFNet's first layers to scale: a corner of the image, pixel by pixel, with the
 * first few windows of one kernel. Kernel, stride, padding and output size from the catalogue.
 */
import { alexnet2012 } from '@/lib/nn/alexnet2012';
import { analyseGraph, catalogue, type ConvSpec, type NetworkSpec, type NodeSpec } from '@/lib/nn/catalogue';
import { formatCount } from '@/lib/format/numberFormat';
import { Label } from './parts/Box';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure, DiagramPanel } from './parts/Figure';
import { FONT, STROKE } from './parts/style';
import { CLASSIC_STRINGS, RESIDUAL_STRINGS } from './strings';

const S = CLASSIC_STRINGS.zfnet;
/** Pixels of the corner drawn, and units per pixel. */
const CORNER = 24;
const CELL = 7;
const WINDOWS = 3;

const firstConv = (nodes: readonly NodeSpec[]): ConvSpec | undefined => {
  for (const n of nodes) {
    if (n.kind === 'conv') return n;
    if (n.kind === 'block') {
      const c = firstConv(n.nodes);
      if (c) return c;
    }
  }
  return undefined;
};

export interface FirstLayer {
  name: string;
  kernel: number;
  stride: number;
  padding: number;
  side: number;
  outSide: number;
}

export function firstLayer(name: string, net: NetworkSpec): FirstLayer | string {
  const conv = firstConv(net.nodes);
  const r = analyseGraph(net);
  if (!conv || !r.ok) return r.ok ? 'no convolution' : r.error;
  const out = r.rows.find((row) => row.kind === 'conv')!.outShape;
  return { name, kernel: conv.kernel[0], stride: conv.stride, padding: typeof conv.padding === 'number' ? conv.padding : 0, side: net.input[1] ?? 0, outSide: out[1] ?? 0 };
}

function Panel({ l }: { l: FirstLayer }) {
  const p = l.padding;
  const cells = CORNER + p;
  const grid = cells * CELL;
  const x0 = 12;
  const y0 = 28;
  const lines: string[] = [];
  for (let i = 1; i < cells; i++) lines.push(`M${x0 + i * CELL} ${y0}v${grid}M${x0} ${y0 + i * CELL}h${grid}`);
  const positions = formatCount(l.outSide * l.outSide);
  return (
    <DiagramPanel width={grid + 24} height={y0 + grid + 48} scale={1.3} title={S.title(l.name)} description={S.desc(l.name, l.kernel, l.stride, l.side, l.outSide, positions)}>
      <Label x={(grid + 24) / 2} y={12} size={FONT} tone="fg" weight={600}>{l.name}</Label>
      <rect x={x0} y={y0} width={grid} height={grid} fill="var(--surface-2)" stroke="var(--border)" strokeWidth={STROKE} />
      {p > 0 ? <path d={`M${x0} ${y0}h${grid}v${p * CELL}H${x0 + p * CELL}V${y0 + grid}H${x0}Z`} fill="var(--padding-cell)" /> : null}
      <path d={lines.join('')} stroke="var(--border)" strokeWidth={0.5} />
      {Array.from({ length: WINDOWS }, (_, i) => (
        <rect
          key={i}
          x={x0 + i * l.stride * CELL}
          y={y0}
          width={l.kernel * CELL}
          height={l.kernel * CELL}
          fill={i === 0 ? 'var(--accent)' : 'none'}
          fillOpacity={0.25}
          stroke="var(--accent)"
          strokeWidth={STROKE}
          strokeDasharray={i === 0 ? undefined : '4 3'}
        />
      ))}
      <Label x={(grid + 24) / 2} y={y0 + grid + 16} tone="fg">{S.kernel(l.kernel, l.stride)}</Label>
      <Label x={(grid + 24) / 2} y={y0 + grid + 34}>{S.out(l.outSide)}</Label>
    </DiagramPanel>
  );
}

export function FirstLayers() {
  const alex = firstLayer('AlexNet', alexnet2012());
  const zf = firstLayer('ZFNet', catalogue.zfnet);
  if (typeof alex === 'string' || typeof zf === 'string') return <DiagramError message={RESIDUAL_STRINGS.error(typeof alex === 'string' ? alex : String(zf))} />;
  return (
    <DiagramFigure testId="classic-zfnet" caption={S.caption(formatCount(alex.outSide ** 2), formatCount(zf.outSide ** 2), CORNER)}>
      <Panel l={alex} />
      <Panel l={zf} />
    </DiagramFigure>
  );
}

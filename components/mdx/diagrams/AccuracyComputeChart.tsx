/**
 * `<AccuracyComputeChart />`: the catalogue's networks at their computed multiply-accumulates per
 * image (log scale) and their published ImageNet top-1 accuracy (cited in
 * lib/nn/catalogue/published.ts). `networks="alexnet,resnet50"` picks which.
 */
import { formatCompact } from '@/lib/format/numberFormat';
import { analyseNetwork, isNetworkId, type NetworkId } from '@/lib/nn/catalogue';
import { IMAGENET_TOP1, LIGHT_NETWORKS } from '@/lib/nn/catalogue/published';
import { Line } from './parts/Arrow';
import { Label } from './parts/Box';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure, DiagramPanel } from './parts/Figure';
import { placeLabels } from './parts/placeLabels';
import { SMALL, STROKE } from './parts/style';
import { ACCURACY_STRINGS as S, CONV_DIMS_STRINGS } from './strings';

export const DEFAULT_NETWORKS: readonly NetworkId[] = [
  'alexnet', 'vgg16', 'googlenet', 'inception_v3', 'resnet50', 'resnet152', 'xception',
  'squeezenet1_0', 'squeezenet1_1', 'mobilenet_v1', 'mobilenet_v2', 'shufflenet_v2_x1_0',
];

/** Two layouts of the same chart: wide where there is room, taller and narrower on a phone. */
const LAYOUTS = {
  wide: { w: 440, h: 360 },
  narrow: { w: 300, h: 460 },
} as const;
const tick = (n: number) => formatCompact(n).replace(/\.0+ /, ' ');

/** The axes' ranges: whole percent steps of 5 and log decades that hold every point. */
function ranges(points: readonly { macs: number; top1: number }[]) {
  const lo = Math.floor(Math.min(...points.map((p) => p.top1)) / 5) * 5;
  const hi = Math.ceil(Math.max(...points.map((p) => p.top1)) / 5) * 5;
  const xlo = Math.log10(Math.min(...points.map((p) => p.macs))) - 0.15;
  const xhi = Math.log10(Math.max(...points.map((p) => p.macs))) + 0.15;
  return { lo, hi: hi === lo ? lo + 5 : hi, xlo, xhi };
}

interface ChartPoint {
  id: NetworkId;
  name: string;
  macs: number;
  top1: number;
  light: boolean;
}

function Chart({ points, only, desc }: { points: readonly ChartPoint[]; only: keyof typeof LAYOUTS; desc: string }) {
  const { w: W, h: H } = LAYOUTS[only];
  const PLOT = { left: 46, right: W - 12, top: 56, bottom: H - 54 };
  const r = ranges(points);
  const sx = (macs: number) => PLOT.left + ((Math.log10(macs) - r.xlo) / (r.xhi - r.xlo)) * (PLOT.right - PLOT.left);
  const sy = (v: number) => PLOT.bottom - ((v - r.lo) / (r.hi - r.lo)) * (PLOT.bottom - PLOT.top);
  const yTicks = Array.from({ length: (r.hi - r.lo) / 5 + 1 }, (_, i) => r.lo + 5 * i);
  const xTicks: number[] = [];
  for (let e = Math.floor(r.xlo); e <= Math.ceil(r.xhi); e++) for (const m of [1, 3]) if (Math.log10(m * 10 ** e) >= r.xlo && Math.log10(m * 10 ** e) <= r.xhi) xTicks.push(m * 10 ** e);
  const labels = placeLabels(points.map((p) => ({ x: sx(p.macs), y: sy(p.top1), text: p.name })), [PLOT.left + 2, PLOT.top - 8, W - 2, PLOT.bottom - 2]);
  return (
    <DiagramPanel width={W} height={H} scale={1.6} only={only} title={S.title} description={desc}>
      <g>
        <circle cx={14} cy={12} r={5} fill="var(--accent)" stroke="var(--accent)" strokeWidth={STROKE} />
        <Label x={24} y={12} anchor="start" tone="fg">{S.light}</Label>
        <circle cx={150} cy={12} r={5} fill="var(--surface)" stroke="var(--fg)" strokeWidth={STROKE} />
        <Label x={160} y={12} anchor="start" tone="fg">{S.other}</Label>
      </g>
      <Label x={6} y={PLOT.top - 20} anchor="start">{S.yAxis}</Label>
      {yTicks.map((v) => (
        <g key={`y${v}`}>
          <line x1={PLOT.left} x2={PLOT.right} y1={sy(v)} y2={sy(v)} stroke="var(--border)" strokeWidth={1} />
          <Label x={PLOT.left - 6} y={sy(v)} anchor="end" size={SMALL - 1}>{`${v} %`}</Label>
        </g>
      ))}
      {xTicks.map((v) => (
        <g key={`x${v}`}>
          <line x1={sx(v)} x2={sx(v)} y1={PLOT.top} y2={PLOT.bottom} stroke="var(--border)" strokeWidth={1} />
          <Label x={sx(v)} y={PLOT.bottom + 14} size={SMALL - 1}>{tick(v)}</Label>
        </g>
      ))}
      <Line points={[[PLOT.left, PLOT.bottom], [PLOT.right, PLOT.bottom]]} />
      <Line points={[[PLOT.left, PLOT.top], [PLOT.left, PLOT.bottom]]} />
      <Label x={(PLOT.left + PLOT.right) / 2} y={PLOT.bottom + 36}>{S.xAxis}</Label>
      {labels.map((l, i) =>
        l.leader ? <line key={`l${l.text}`} x1={sx(points[i].macs)} y1={sy(points[i].top1)} x2={l.leader[0]} y2={l.leader[1]} stroke="var(--muted)" strokeWidth={1} /> : null,
      )}
      {points.map((p) => (
        <circle key={p.id} cx={sx(p.macs)} cy={sy(p.top1)} r={5} fill={p.light ? 'var(--accent)' : 'var(--surface)'} stroke={p.light ? 'var(--accent)' : 'var(--fg)'} strokeWidth={STROKE} />
      ))}
      {labels.map((l) => (
        <text key={l.text} x={l.x} y={l.y} textAnchor={l.anchor} dominantBaseline="central" fontSize={SMALL} fill="var(--fg)">
          {l.text}
        </text>
      ))}
    </DiagramPanel>
  );
}

export function AccuracyComputeChart({ networks }: { networks?: string }) {
  const ids = networks ? networks.split(',').map((n) => n.trim()) : [...DEFAULT_NETWORKS];
  const known = Object.keys(IMAGENET_TOP1);
  const bad = ids.find((id) => !isNetworkId(id) || !IMAGENET_TOP1[id]);
  if (bad !== undefined) return <DiagramError message={CONV_DIMS_STRINGS.bad(S.unknown(bad, known.join(', ')))} />;
  const points: ChartPoint[] = (ids as NetworkId[]).map((id) => {
    const a = analyseNetwork(id);
    return { id, name: S.short[id] ?? a.title, macs: a.totals.macs, top1: IMAGENET_TOP1[id]!.top1, light: LIGHT_NETWORKS.includes(id) };
  });
  const desc = S.desc(points.map((p) => S.point(p.name, formatCompact(p.macs), String(p.top1))).join('; '));
  return (
    <DiagramFigure testId="accuracy-compute" caption={S.caption}>
      <Chart points={points} only="wide" desc={desc} />
      <Chart points={points} only="narrow" desc={desc} />
    </DiagramFigure>
  );
}

/**
 * The triplet margin as a picture: the anchor at the centre, the positive on the circle of radius
 * d(a, p), the band of width α beyond it (semi-hard negatives), hard negatives inside, easy ones
 * outside; the drawn negative's loss from lib/metric/margin.
 */
import { negativeZone, tripletLoss } from '@/lib/metric/margin';
import { Arrow } from './parts/Arrow';
import { Label } from './parts/Box';
import { DiagramPanel } from './parts/Figure';
import { FONT, STROKE } from './parts/style';
import { METRIC_STRINGS } from './strings';

const S = METRIC_STRINGS.margin;
const W = 356;
const OUTER = 116;
const CX = W / 2;
const CY = 34 + OUTER + 14;
/** Angles (degrees, clockwise from the x axis as SVG turns) where p and n are drawn. */
const P_ANGLE = 180;
const N_ANGLE = -40;
const ALPHA_ANGLE = 90;

const num = (v: number) => String(Number(v.toFixed(2)));
const at = (r: number, deg: number): [number, number] => [CX + r * Math.cos((deg * Math.PI) / 180), CY + r * Math.sin((deg * Math.PI) / 180)];

function Dot({ p, fill }: { p: [number, number]; fill: string }) {
  return <circle cx={p[0]} cy={p[1]} r={5} fill={fill} stroke="var(--surface)" strokeWidth={1.5} />;
}

export function MarginPanel({ dap, dan, margin }: { dap: number; dan: number; margin: number }) {
  const scale = OUTER / (dap + margin);
  const r1 = dap * scale;
  // A negative far outside is drawn just past the band, still on the panel.
  const rn = Math.min(dan * scale, OUTER + 26);
  const zone = negativeZone(dap, dan, margin);
  const loss = tripletLoss(dap, dan, margin);
  const p = at(r1, P_ANGLE);
  const n = at(rn, N_ANGLE);
  const band = `M${CX - OUTER} ${CY}a${OUTER} ${OUTER} 0 1 0 ${2 * OUTER} 0a${OUTER} ${OUTER} 0 1 0 ${-2 * OUTER} 0ZM${CX - r1} ${CY}a${r1} ${r1} 0 1 0 ${2 * r1} 0a${r1} ${r1} 0 1 0 ${-2 * r1} 0Z`;
  const [ax1, ay1] = at(r1, ALPHA_ANGLE);
  const [ax2, ay2] = at(OUTER, ALPHA_ANGLE);
  const pushTo = at(OUTER + 18, N_ANGLE);
  const height = CY + OUTER + 70;
  return (
    <DiagramPanel
      width={W}
      height={height}
      title={S.title}
      description={S.desc(num(dap), num(dan), num(margin), num(dap + margin), S.zoneWords[zone], num(loss))}
    >
      <Label x={W / 2} y={12} size={FONT} tone="fg" weight={600}>{S.heading}</Label>
      <path d={band} fill="var(--accent-soft)" fillRule="evenodd" stroke="none" />
      <circle cx={CX} cy={CY} r={r1} fill="var(--surface-2)" stroke="var(--muted)" strokeWidth={STROKE} strokeDasharray="5 4" />
      <circle cx={CX} cy={CY} r={OUTER} fill="none" stroke="var(--accent)" strokeWidth={STROKE} />
      {/* d(a, p) along the radius to p; α as the width of the band straight down. */}
      <line x1={CX} y1={CY} x2={p[0]} y2={p[1]} stroke="var(--fg)" strokeWidth={STROKE} />
      <Label x={(CX + p[0]) / 2 + 6} y={CY - 11} tone="fg">{S.radius}</Label>
      <line x1={ax1} y1={ay1} x2={ax2} y2={ay2} stroke="var(--accent)" strokeWidth={STROKE} />
      <line x1={ax1 - 6} y1={ay1} x2={ax1 + 6} y2={ay1} stroke="var(--accent)" strokeWidth={STROKE} />
      <line x1={ax2 - 6} y1={ay2} x2={ax2 + 6} y2={ay2} stroke="var(--accent)" strokeWidth={STROKE} />
      <Label x={ax1 + 10} y={(ay1 + ay2) / 2} anchor="start" tone="accent" size={FONT}>{S.band}</Label>
      <Label x={CX} y={CY + r1 * 0.55}>{S.zone.hard}</Label>
      <Label x={CX} y={CY - (r1 + OUTER) / 2}>{S.zone.semiHard}</Label>
      <Label x={W - 6} y={CY + OUTER + 2} anchor="end">{S.zone.easy}</Label>
      {zone !== 'easy' ? <Arrow points={[n, pushTo]} tone="accent" /> : null}
      {zone !== 'easy' ? <Label x={pushTo[0] - 4} y={pushTo[1] - 14} anchor="start" tone="accent">{S.pushed}</Label> : null}
      <Dot p={[CX, CY]} fill="var(--fg)" />
      <Label x={CX + 10} y={CY + 10} anchor="start" tone="fg" weight={600}>{S.anchor}</Label>
      <Dot p={p} fill="var(--positive)" />
      <Label x={p[0] - 9} y={p[1] + 2} anchor="end" tone="fg" weight={600}>{S.positive}</Label>
      <Dot p={n} fill="var(--negative)" />
      <Label x={n[0] + 6} y={n[1] + 14} anchor="start" tone="fg" weight={600}>{S.negative}</Label>
      <Label x={W / 2} y={CY + OUTER + 28} tone="fg">{S.values(num(dap), num(dan), num(margin))}</Label>
      <Label x={W / 2} y={CY + OUTER + 50} size={FONT} tone="fg">{S.loss(num(dap), num(dan), num(margin), num(loss))}</Label>
    </DiagramPanel>
  );
}

/** A bar split into the parts of a network's parameters (VGG-16: convolutions against the dense head). */
import { formatCount } from '@/lib/format/numberFormat';
import { Label } from './parts/Box';
import { DiagramPanel } from './parts/Figure';
import { FONT, STROKE } from './parts/style';

export interface SharePart {
  label: (n: string, pct: string) => string;
  params: number;
  fill: string;
}

const W = 340;
const BAR_Y = 30;
const BAR_H = 24;

export const percent = (part: number, total: number) => `${Math.round((100 * part) / total)} %`;

export function ParameterShare({ parts, total, title, description, heading }: { parts: readonly SharePart[]; total: number; title: string; description: string; heading: string }) {
  let x = 8;
  const inner = W - 16;
  return (
    <DiagramPanel width={W} height={BAR_Y + BAR_H + 18 + parts.length * 22} scale={1.4} title={title} description={description}>
      <Label x={W / 2} y={12} size={FONT} tone="fg" weight={600}>{heading}</Label>
      {parts.map((p) => {
        const w = (inner * p.params) / total;
        const rect = <rect key={`r${p.fill}`} x={x} y={BAR_Y} width={w} height={BAR_H} fill={p.fill} stroke="var(--fg)" strokeWidth={STROKE / 2} />;
        x += w;
        return rect;
      })}
      {parts.map((p, i) => {
        const y = BAR_Y + BAR_H + 18 + i * 22;
        return (
          <g key={`k${p.fill}`}>
            <rect x={8} y={y - 7} width={14} height={14} fill={p.fill} stroke="var(--fg)" strokeWidth={STROKE / 2} />
            <Label x={28} y={y} anchor="start" tone="fg">{p.label(formatCount(p.params), percent(p.params, total))}</Label>
          </g>
        );
      })}
    </DiagramPanel>
  );
}

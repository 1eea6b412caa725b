/** AlexNet's two GPUs as two columns (alexnetTowers.ts), the layers that read both halves in the accent colour. */
import { formatCount } from '@/lib/format/numberFormat';
import { Arrow, Line } from './parts/Arrow';
import { Box, Label } from './parts/Box';
import { DiagramPanel } from './parts/Figure';
import { FONT, LINE, SMALL, STROKE } from './parts/style';
import { layoutTowers, type Towers } from './alexnetTowers';
import { CLASSIC_STRINGS } from './strings';

const S = CLASSIC_STRINGS.alexnet;
const KEY_H = 46;

function Key({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <line x1={x} x2={x + 26} y1={y} y2={y} stroke="var(--muted)" strokeWidth={STROKE} />
      <Label x={x + 32} y={y} anchor="start" tone="fg">{S.legendOwn}</Label>
      <line x1={x} x2={x + 26} y1={y + 22} y2={y + 22} stroke="var(--accent)" strokeWidth={STROKE + 0.75} />
      <Label x={x + 32} y={y + 22} anchor="start" tone="fg">{S.legendBoth}</Label>
    </g>
  );
}

export function AlexNetTowers({ towers }: { towers: Towers }) {
  const t = layoutTowers(towers, S.gpu);
  const desc = S.desc(
    towers.layers
      .map((l) => `${l.name} (${l.detail}) ${l.single ? `gives ${l.perGpu}` : `gives ${l.perGpu} on each GPU`}, ${l.cross ? S.both : S.own}, ${formatCount(l.params)} parameters`)
      .join('; '),
  );
  return (
    <DiagramPanel width={t.width} height={t.height + KEY_H} scale={1.25} title={S.title} description={desc}>
      {t.heads.map((h) => (
        <Label key={h.text} x={h.x} y={h.y} size={FONT} tone="fg" weight={600}>{h.text}</Label>
      ))}
      {t.ownLines.map((p, i) => (
        <Line key={`l${i}`} points={p} />
      ))}
      {t.ownArrows.map((p, i) => (
        <Arrow key={`o${i}`} points={p} />
      ))}
      {t.crossLines.map((p, i) => (
        <polyline key={`c${i}`} points={p.map((q) => q.join(',')).join(' ')} fill="none" stroke="var(--accent)" strokeWidth={STROKE + 0.75} />
      ))}
      {t.crossArrows.map((p, i) => (
        <Arrow key={`x${i}`} points={p} tone="accent" />
      ))}
      {t.boxes.map((b, i) => (
        <Box key={`b${i}`} x={b.x} y={b.y} w={b.w} h={b.h} kind={b.kind} lines={[b.text]} />
      ))}
      {t.names.map((n) => {
        const anchor = n.x > t.width / 2 + 1 ? 'start' : 'middle';
        return (
          <g key={n.name}>
            <Label x={n.x} y={n.y - LINE / 2} anchor={anchor} size={FONT} tone="fg" weight={600}>{n.name}</Label>
            <Label x={n.x} y={n.y + LINE / 2} anchor={anchor} size={SMALL}>{n.detail}</Label>
          </g>
        );
      })}
      <Key x={8} y={t.height + 12} />
    </DiagramPanel>
  );
}

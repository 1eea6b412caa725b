/** Kernel factorisation (Inception v2/v3) as grids of weights, counts from lib/nn's factorise(). */
import { factorise } from '@/lib/nn/inceptionModule';
import { Arrow } from './parts/Arrow';
import { Label } from './parts/Box';
import { DiagramFigure, DiagramPanel } from './parts/Figure';
import { KernelGrid } from './parts/KernelGrid';
import { DiagramError } from './parts/DiagramError';
import { FACTOR_STRINGS as S, RESIDUAL_STRINGS } from './strings';

const pct = (r: number) => `${Math.round(r * 100)}%`;
const W = 320;

export function FactorisationPanels({ n }: { n: number }) {
  if (!Number.isInteger(n) || n < 2 || n > 11) return <DiagramError message={RESIDUAL_STRINGS.error(`n must be a whole number from 2 to 11 (got ${n}).`)} />;
  const five = factorise(5);
  const stacked = five.stacked3!;
  const f = factorise(n);
  const c5 = 16;
  const c = Math.min(14, Math.floor(100 / n));
  const gridTop = 14;
  const rowY = gridTop + (n * c) / 2;
  return (
    <DiagramFigure testId="inception-factorised" caption={S.caption}>
      <DiagramPanel width={W} height={160} title={S.stackTitle} description={S.stackDesc(five.full, stacked.layers, stacked.weights, pct(stacked.saving))}>
        <KernelGrid x={10} y={gridTop} rows={5} cols={5} cell={c5} />
        <Label x={10 + 2.5 * c5} y={gridTop + 5 * c5 + 16} tone="fg">{`5×5`}</Label>
        <Label x={10 + 2.5 * c5} y={gridTop + 5 * c5 + 34}>{S.weights(five.full)}</Label>
        <Arrow points={[[100, gridTop + 2.5 * c5], [146, gridTop + 2.5 * c5]]} />
        {Array.from({ length: stacked.layers }, (_, i) => (
          <g key={i}>
            <KernelGrid x={156 + i * 84} y={gridTop + c5} rows={3} cols={3} cell={c5} />
            {i > 0 ? <Arrow points={[[156 + (i - 1) * 84 + 3 * c5 + 4, gridTop + 2.5 * c5], [156 + i * 84 - 4, gridTop + 2.5 * c5]]} /> : null}
          </g>
        ))}
        <Label x={156 + ((stacked.layers - 1) * 84 + 3 * c5) / 2} y={gridTop + 5 * c5 + 16} tone="fg">{`${stacked.layers} × 3×3`}</Label>
        <Label x={156 + ((stacked.layers - 1) * 84 + 3 * c5) / 2} y={gridTop + 5 * c5 + 34}>{`${S.weights(stacked.weights)}, ${S.fewer(pct(stacked.saving))}`}</Label>
      </DiagramPanel>
      <DiagramPanel width={W} height={gridTop + n * c + 48} title={S.asymTitle(n)} description={S.asymDesc(n, f.full, f.asymmetric, pct(f.asymmetricSaving))}>
        <KernelGrid x={10} y={gridTop} rows={n} cols={n} cell={c} />
        <Label x={10 + (n * c) / 2} y={gridTop + n * c + 16} tone="fg">{`${n}×${n}`}</Label>
        <Label x={10 + (n * c) / 2} y={gridTop + n * c + 34}>{S.weights(f.full)}</Label>
        <Arrow points={[[n * c + 22, rowY], [n * c + 58, rowY]]} />
        <KernelGrid x={n * c + 68} y={rowY - c / 2} rows={1} cols={n} cell={c} />
        <Arrow points={[[2 * n * c + 72, rowY], [2 * n * c + 96, rowY]]} />
        <KernelGrid x={2 * n * c + 104} y={gridTop} rows={n} cols={1} cell={c} />
        <Label x={(3 * n * c + 112) / 2 - 10} y={gridTop + n * c + 16} tone="fg">{`1×${n} then ${n}×1`}</Label>
        <Label x={(3 * n * c + 112) / 2 - 10} y={gridTop + n * c + 34}>{`${S.weights(f.asymmetric)}, ${S.fewer(pct(f.asymmetricSaving))}`}</Label>
      </DiagramPanel>
    </DiagramFigure>
  );
}

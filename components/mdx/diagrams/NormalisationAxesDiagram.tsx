/**
 * `<NormalisationAxesDiagram />`: batch, layer, instance and group norm on one N×C×H×W block,
 * the values of one mean highlighted; the counts from lib/nn/normalisation.
 * `kinds="batch"` draws only some of them.
 */
import { formatCount } from '@/lib/format/numberFormat';
import { normStatistics, type NormKind, type NormStatistics } from '@/lib/nn/normalisation';
import { Label } from './parts/Box';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure, DiagramPanel } from './parts/Figure';
import { TensorBlock, depthStep } from './parts/TensorBlock';
import { FONT } from './parts/style';
import { NORM_STRINGS as S, RESIDUAL_STRINGS } from './strings';

const ALL: readonly NormKind[] = ['batch', 'layer', 'instance', 'group'];
/** The drawing's own small block: 6 channels (3 groups of 2), 5 positions, 4 samples. */
const DRAWN = { channels: 6, positions: 5, samples: 4, groupSize: 2 };
const CELL = 16;
const W = 164;

const MARKS: Record<NormKind, (n: number, c: number) => boolean> = {
  batch: (_n, c) => c === 0,
  layer: (n) => n === 0,
  instance: (n, c) => n === 0 && c === 0,
  group: (n, c) => n === 0 && c < DRAWN.groupSize,
};

function Panel({ stats, shape }: { stats: NormStatistics; shape: string }) {
  const [ox, oy] = depthStep(CELL);
  const depthW = DRAWN.samples * ox;
  const depthH = -DRAWN.samples * oy;
  const blockW = DRAWN.channels * CELL + depthW;
  const x = (W - blockW) / 2 + 4;
  const y = 30 + depthH;
  const bottom = y + DRAWN.positions * CELL;
  const name = S.name[stats.kind];
  const axes = S.axes(stats.axes);
  return (
    <DiagramPanel width={W} height={bottom + 82} scale={1.4} basis={0.85} title={S.title(name)} description={S.desc(name, axes, formatCount(stats.statistics), formatCount(stats.valuesEach), shape)}>
      <Label x={W / 2} y={11} size={FONT} tone="fg" weight={600}>
        {name}
      </Label>
      <TensorBlock x={x} y={y} channels={DRAWN.channels} positions={DRAWN.positions} samples={DRAWN.samples} cell={CELL} marked={MARKS[stats.kind]} />
      <Label x={x - 10} y={y + (DRAWN.positions * CELL) / 2} rotate={-90}>{S.axisHW}</Label>
      <Label x={x + (DRAWN.channels * CELL) / 2} y={bottom + 11}>{S.axisC}</Label>
      <Label x={x + DRAWN.channels * CELL + depthW / 2 + 8} y={bottom + oy * DRAWN.samples / 2 + 4} anchor="start">{S.axisN}</Label>
      <Label x={W / 2} y={bottom + 32} tone="fg">{axes}</Label>
      <Label x={W / 2} y={bottom + 50}>{S.means(formatCount(stats.statistics))}</Label>
      <Label x={W / 2} y={bottom + 67}>{S.each(formatCount(stats.valuesEach))}</Label>
    </DiagramPanel>
  );
}

export function NormalisationAxesDiagram({ kinds, n = 32, c = 64, h = 56, w = 56, groups = 32 }: { kinds?: string; n?: number; c?: number; h?: number; w?: number; groups?: number }) {
  const list = kinds ? kinds.split(',').map((k) => k.trim()) : [...ALL];
  const unknown = list.find((k) => !(ALL as readonly string[]).includes(k));
  if (unknown !== undefined) return <DiagramError message={RESIDUAL_STRINGS.error(`there is no normalisation "${unknown}" (try ${ALL.join(', ')}).`)} />;
  const stats = (list as NormKind[]).map((k) => normStatistics(k, { n, c, h, w, groups }));
  const bad = stats.find((s): s is string => typeof s === 'string');
  if (bad) return <DiagramError message={RESIDUAL_STRINGS.error(bad)} />;
  const shape = `${n} × ${c} × ${h} × ${w}`;
  return (
    <DiagramFigure testId="normalisation-axes" caption={S.caption(shape, groups)}>
      {(stats as NormStatistics[]).map((s) => (
        <Panel key={s.kind} stats={s} shape={shape} />
      ))}
    </DiagramFigure>
  );
}

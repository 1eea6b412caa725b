/**
 * `<TransferLearningDiagram network="resnet18" classes={10} top={1} />`: a catalogue network with
 * a new head, its parts down the side, and for each regime (feature extraction, fine-tuning the
 * top parts, fine-tuning everything) which parts train and how many parameters that is, all from
 * lib/nn/transfer.
 */
import { formatCount } from '@/lib/format/numberFormat';
import { transferPlan, type TransferPart, type TransferPlan } from '@/lib/nn/transfer';
import { Arrow } from './parts/Arrow';
import { Box, Label } from './parts/Box';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure, DiagramPanel } from './parts/Figure';
import { Legend, legendHeight, type LegendItem } from './parts/Legend';
import { FONT } from './parts/style';
import { RESIDUAL_STRINGS, TRANSFER_STRINGS as S } from './strings';

const M = 6;
const LABEL_W = 100;
const COL_W = 78;
const GAP = 6;
const TOP = 52;
const ROW = 44;
const CELL_H = 30;
const WIDTH = M + LABEL_W + 3 * COL_W + 2 * GAP + M;

const pct = (part: number, all: number) => {
  const v = (100 * part) / all;
  return `${v >= 10 ? Math.round(v) : Number(v.toPrecision(2))} %`;
};

/** 'a', 'a and b', 'a, b and c'. */
const andList = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

const cellText = (part: TransferPart, trains: boolean) => (part.head ? S.cell.fresh : trains ? S.cell.slow : S.cell.frozen);

function Panel({ plan, top }: { plan: TransferPlan; top: number }) {
  const trunk = plan.parts.length - 1;
  const tuned = plan.parts.slice(trunk - top, trunk).map((p) => p.name);
  const heading = { ...S.regime, top: [S.regime.top[0], tuned.length <= 2 ? tuned.join(' + ') : S.regime.top[1]] };
  const colX = (c: number) => M + LABEL_W + c * (COL_W + GAP);
  const y = (i: number) => TOP + i * ROW;
  const foot = y(plan.parts.length) + 6;
  const legend: LegendItem[] = [
    { kind: 'frozen', label: S.key.frozen },
    { kind: 'learns', label: S.key.trains },
  ];
  const height = foot + 44 + legendHeight(legend, WIDTH - 2 * M) + 6;
  const partsDesc = plan.parts.map((p) => `${p.head ? `${S.head} (${S.headShape(plan.features, plan.classes)})` : p.name} ${formatCount(p.params)}`).join(', ');
  const regimesDesc = plan.regimes
    .map((r) => S.regimeDesc(S.regimeName[r.regime], andList(plan.parts.filter((_, i) => r.trains[i]).map((p) => (p.head ? S.theHead : p.name))), formatCount(r.trainable)))
    .join(' ');
  return (
    <DiagramPanel width={WIDTH} height={height} title={S.title(plan.title, plan.classes)} description={S.desc(plan.title, partsDesc, regimesDesc)}>
      <Label x={M} y={14} anchor="start" size={FONT} tone="fg" weight={600}>{plan.title}</Label>
      <Label x={M} y={32} anchor="start">{S.part}</Label>
      {plan.regimes.map((r, c) => (
        <g key={r.regime}>
          {heading[r.regime].map((line, k) => (
            <Label key={line} x={colX(c) + COL_W / 2} y={14 + k * 18} size={k === 0 ? FONT : undefined} tone="fg" weight={k === 0 ? 600 : undefined}>{line}</Label>
          ))}
        </g>
      ))}
      {plan.parts.map((p, i) => (
        <g key={p.name}>
          <Label x={M} y={y(i) + CELL_H / 2 - 8} anchor="start" size={FONT} tone={p.head ? 'accent' : 'fg'}>{p.head ? S.head : p.name}</Label>
          <Label x={M} y={y(i) + CELL_H / 2 + 9} anchor="start">
            {formatCount(p.params)}
          </Label>
          {plan.regimes.map((r, c) => (
            <g key={r.regime}>
              {i > 0 ? <Arrow points={[[colX(c) + COL_W / 2, y(i - 1) + CELL_H], [colX(c) + COL_W / 2, y(i)]]} /> : null}
              <Box x={colX(c)} y={y(i)} w={COL_W} h={CELL_H} kind={r.trains[i] ? 'learns' : 'frozen'} lines={[cellText(p, r.trains[i])]} />
            </g>
          ))}
        </g>
      ))}
      <line x1={M} y1={foot} x2={WIDTH - M} y2={foot} stroke="var(--border)" strokeWidth={1} />
      <Label x={M} y={foot + 14} anchor="start" size={FONT} tone="fg" weight={600}>{S.trainable}</Label>
      <Label x={M} y={foot + 32} anchor="start">{S.share}</Label>
      {plan.regimes.map((r, c) => (
        <g key={r.regime}>
          <Label x={colX(c) + COL_W / 2} y={foot + 14} tone="fg" weight={600}>{formatCount(r.trainable)}</Label>
          <Label x={colX(c) + COL_W / 2} y={foot + 32}>{pct(r.trainable, plan.total)}</Label>
        </g>
      ))}
      <Legend items={legend} x={M} y={foot + 44} width={WIDTH - 2 * M} />
    </DiagramPanel>
  );
}

export function TransferLearningDiagram({ network = 'resnet18', classes = 10, top = 1 }: { network?: string; classes?: number; top?: number }) {
  const plan = transferPlan(String(network), classes, top);
  if (!plan.ok) return <DiagramError message={RESIDUAL_STRINGS.error(plan.error)} />;
  return (
    <DiagramFigure testId="transfer-learning" caption={S.caption(plan.title, S.headShape(plan.features, plan.classes))}>
      <Panel plan={plan} top={top} />
    </DiagramFigure>
  );
}

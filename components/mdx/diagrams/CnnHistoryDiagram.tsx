/**
 * `<CnnHistoryDiagram />`: the networks of the course on a timeline, each with the parameters the
 * catalogue computes, beside the ImageNet winners' top-5 error by year (published figures, each
 * cited in lib/nn/catalogue/published.ts). `variant="timeline"` or `"errors"` draws one of them.
 */
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import { analyseNetwork } from '@/lib/nn/catalogue';
import { ALEXNET_SUPPLIED_ONLY, HUMAN_TOP5, ILSVRC_WINNERS, LIGHT_NETWORKS, MILESTONES } from '@/lib/nn/catalogue/published';
import { Line } from './parts/Arrow';
import { Label } from './parts/Box';
import { DiagramError } from './parts/DiagramError';
import { DiagramFigure, DiagramPanel } from './parts/Figure';
import { FONT, STROKE } from './parts/style';
import { CONV_DIMS_STRINGS, HISTORY_STRINGS as S } from './strings';

const W = 360;
const VARIANTS = ['both', 'timeline', 'errors'] as const;
type Variant = (typeof VARIANTS)[number];

const ROW = 40;
/** "10 K", "1 M": a tick label without the trailing zeros of a three-digit compact count. */
const tick = (n: number) => formatCompact(n).replace(/\.0+ /, ' ');
const LINE_X = 56;
const BAR_X = 70;
/** Parameter bars: 10^4 at the left edge, 10^9 at the right. */
const LOG_LO = 4;
const LOG_HI = 9;

function Timeline() {
  const rows = MILESTONES.map((m) => ({ ...m, params: analyseNetwork(m.id).totals.params, light: LIGHT_NETWORKS.includes(m.id) }));
  const top = 44;
  const barW = W - BAR_X - 8;
  const barLen = (p: number) => ((Math.log10(p) - LOG_LO) / (LOG_HI - LOG_LO)) * barW;
  const bottom = top + rows.length * ROW;
  const ticks = [4, 5, 6, 7, 8, 9].filter((e) => e % 1 === 0);
  return (
    <DiagramPanel width={W} height={bottom + 44} title={S.timelineTitle} description={S.timelineDesc(rows.map((r) => `${r.year}, ${r.name}, ${formatCount(r.params)} parameters`).join('; '))}>
      <Label x={W / 2} y={12} size={FONT} tone="fg" weight={600}>{S.timelineHeading}</Label>
      {rows.map((r, i) => {
        const y = top + i * ROW + 10;
        const next = rows[i + 1];
        const gap = next ? next.year - r.year : 0;
        return (
          <g key={r.id}>
            {next ? <Line points={[[LINE_X, y], [LINE_X, y + ROW]]} dashed={gap > 1} /> : null}
            {gap > 1 ? <Label x={LINE_X - 8} y={y + ROW / 2} anchor="end">{S.gap(gap)}</Label> : null}
            {i === 0 || rows[i - 1].year !== r.year ? <Label x={LINE_X - 10} y={y} anchor="end" size={FONT} tone="fg">{String(r.year)}</Label> : null}
            <circle cx={LINE_X} cy={y} r={5} fill={r.light ? 'var(--accent)' : 'var(--surface)'} stroke={r.light ? 'var(--accent)' : 'var(--fg)'} strokeWidth={STROKE} />
            <Label x={BAR_X} y={y - 2} anchor="start" size={FONT} tone="fg" weight={600}>{r.name}</Label>
            <Label x={W - 8} y={y - 2} anchor="end">{S.params(formatCompact(r.params))}</Label>
            <rect x={BAR_X} y={y + 10} width={Math.max(2, barLen(r.params))} height={7} rx={2} fill={r.light ? 'var(--accent)' : 'var(--muted)'} />
          </g>
        );
      })}
      <Line points={[[BAR_X, bottom + 4], [BAR_X + barW, bottom + 4]]} />
      {ticks.map((e) => {
        const x = BAR_X + ((e - LOG_LO) / (LOG_HI - LOG_LO)) * barW;
        return (
          <g key={e}>
            <line x1={x} x2={x} y1={bottom + 1} y2={bottom + 8} stroke="var(--muted)" strokeWidth={STROKE} />
            <Label x={x} y={bottom + 18}>{tick(10 ** e)}</Label>
          </g>
        );
      })}
      <Label x={BAR_X + barW / 2} y={bottom + 36}>{S.paramAxis}</Label>
    </DiagramPanel>
  );
}

function Errors() {
  const top = 46;
  const row = 46;
  const x0 = 50;
  const maxErr = 30;
  const scale = (W - x0 - 64) / maxErr;
  const bottom = top + ILSVRC_WINNERS.length * row;
  const pct = (v: number) => S.percent(String(v));
  const humanX = x0 + HUMAN_TOP5.top5 * scale;
  const list = ILSVRC_WINNERS.map((w) => `${w.year}, ${w.team}${w.network && w.network !== w.team ? ` (${w.network})` : ''}, ${pct(w.top5)}`).join('; ');
  return (
    <DiagramPanel width={W} height={bottom + 66} title={S.errorsTitle} description={S.errorsDesc(list, pct(HUMAN_TOP5.top5))}>
      <Label x={W / 2} y={12} size={FONT} tone="fg" weight={600}>{S.errorsHeading}</Label>
      {ILSVRC_WINNERS.map((w, i) => {
        const y = top + i * row;
        const len = w.top5 * scale;
        const cnn = w.network !== undefined;
        return (
          <g key={w.year}>
            <Label x={x0} y={y} anchor="start">{w.network && w.network !== w.team ? `${w.team} (${w.network})` : w.team}</Label>
            <Label x={x0 - 8} y={y + 19} anchor="end" size={FONT} tone="fg">{String(w.year)}</Label>
            <rect x={x0} y={y + 10} width={len} height={18} rx={2} fill={cnn ? 'var(--accent)' : 'var(--surface-2)'} stroke={cnn ? 'var(--accent)' : 'var(--muted)'} strokeWidth={STROKE} />
            <Label x={Math.max(x0 + len + 6, humanX + 6)} y={y + 19} anchor="start" size={FONT} tone="fg">{pct(w.top5)}</Label>
          </g>
        );
      })}
      {ILSVRC_WINNERS.map((w, i) => (
        <Line key={w.year} points={[[humanX, top + i * row + 9], [humanX, i === ILSVRC_WINNERS.length - 1 ? bottom + 2 : top + (i + 1) * row - 9]]} dashed />
      ))}
      <Label x={humanX + 4} y={bottom + 14} anchor="start" tone="fg">{S.human(pct(HUMAN_TOP5.top5))}</Label>
      <Line points={[[x0, bottom + 26], [x0 + maxErr * scale, bottom + 26]]} />
      {[0, 10, 20, 30].map((v) => (
        <g key={v}>
          <line x1={x0 + v * scale} x2={x0 + v * scale} y1={bottom + 23} y2={bottom + 30} stroke="var(--muted)" strokeWidth={STROKE} />
          <Label x={x0 + v * scale} y={bottom + 40}>{pct(v)}</Label>
        </g>
      ))}
      <Label x={x0 + (maxErr * scale) / 2} y={bottom + 58}>{S.errorAxis}</Label>
    </DiagramPanel>
  );
}

export function CnnHistoryDiagram({ variant = 'both' }: { variant?: string }) {
  if (!(VARIANTS as readonly string[]).includes(variant)) return <DiagramError message={CONV_DIMS_STRINGS.bad(`there is no variant "${variant}" (try ${VARIANTS.join(', ')}).`)} />;
  const v = variant as Variant;
  const alexnet = ILSVRC_WINNERS.find((w) => w.year === 2012);
  const errors = alexnet ? S.caption.errors(S.percent(String(alexnet.top5)), S.percent(String(ALEXNET_SUPPLIED_ONLY.top5))) : '';
  const caption = v === 'timeline' ? S.caption.timeline : v === 'errors' ? errors : `${S.caption.timeline} ${errors}`;
  return (
    <DiagramFigure testId={`cnn-history-${v}`} caption={caption}>
      {v !== 'errors' ? <Timeline /> : null}
      {v !== 'timeline' ? <Errors /> : null}
    </DiagramFigure>
  );
}

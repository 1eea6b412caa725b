/**
 * One metric network as a panel: each branch's input on its own row, through a node f that reads
 * the ONE weight tensor W drawn beneath them (a dashed accent bus, not a copy per branch), its
 * embedding on the arrow that leaves f, brackets joining the embeddings into distances, and the
 * loss the lesson trains with underneath.
 */
import { formatCount } from '@/lib/format/numberFormat';
import { Arrow } from './parts/Arrow';
import { Box, Label, boxSize } from './parts/Box';
import { DiagramPanel } from './parts/Figure';
import { FONT, SMALL, STROKE, textWidth } from './parts/style';
import type { MetricNetwork, MetricVariant } from './metricNetworks';
import { METRIC_STRINGS as S } from './strings';

const M = 6;
const ROW = 58;
const R = 16;
const TOP = 46;
/** Room for an embedding's label above the arrow from f to the first distance. */
const EMBED = 52;

export function BranchesPanel({ variant, net }: { variant: MetricVariant; net: MetricNetwork }) {
  const inputs = net.branches.map((b) => ({ lines: [b.symbol], sub: [b.role] }));
  const inW = Math.max(...inputs.map((b) => boxSize(b).w));
  const inH = boxSize(inputs[0]).h;
  const fx = M + inW + 28 + R;
  const d0 = fx + R + EMBED;
  const label0 = Math.max(0, ...net.distances.filter((d) => d.column === 0).map((d) => textWidth(d.label, SMALL)));
  const d1 = d0 + 7 + label0 + 12;
  const xOf = (column: 0 | 1) => (column === 0 ? d0 : d1);
  const y = (i: number) => TOP + i * ROW + inH / 2;
  const n = net.branches.length;
  // Where each branch's arrow ends: at the farthest distance it takes part in.
  const reach = net.branches.map((_, i) => Math.max(...net.distances.filter((d) => d.from === i || d.to === i).map((d) => xOf(d.column))));
  const params = S.params(formatCount(net.params));
  const wBox = { lines: [S.weights], sub: [params, net.layers] };
  const wSize = boxSize(wBox);
  const wTop = y(n - 1) + inH / 2 + 28;
  const wX = Math.max(M, fx - wSize.w / 2);
  const sheets = 4 * (net.weightLayers - 1);
  const lossTop = wTop + wSize.h + sheets + 22;
  const right = Math.max(
    ...net.distances.map((d) => xOf(d.column) + 7 + textWidth(d.label, SMALL)),
    wX + wSize.w + sheets,
    ...net.loss.map((l) => textWidth(l, FONT)),
    // Estimates run short for some fonts: leave the header a tenth more.
    fx + R + 2 + 1.1 * textWidth(S.embeddings(net.dims), SMALL),
  );
  const width = Math.ceil(right + M);
  const height = lossTop + net.loss.length * 20 + 4;
  const desc = S.desc(
    n,
    net.branches.map((b) => `${b.role} ${b.symbol}`).join(', '),
    formatCount(net.params),
    net.layers,
    net.dims,
    net.distances.map((d) => d.label).join(', '),
    net.loss.join(' '),
  );
  return (
    <DiagramPanel width={width} height={height} title={S.title[variant]} description={desc}>
      <Label x={width / 2} y={12} size={FONT} tone="fg" weight={600}>{S.heading[variant]}</Label>
      <Label x={M} y={34} anchor="start">{S.images(net.side)}</Label>
      <Label x={fx + R + 2} y={34} anchor="start">{S.embeddings(net.dims)}</Label>
      {/* The bus from W to every f: one tensor, read by every branch. */}
      <line x1={fx} y1={y(0)} x2={fx} y2={wTop} stroke="var(--accent)" strokeWidth={STROKE} strokeDasharray="5 4" />
      <Label x={fx + 7} y={wTop - 13} anchor="start" tone="accent">{S.shared}</Label>
      {net.branches.map((b, i) => (
        <g key={b.symbol}>
          <Box x={M} y={y(i) - inH / 2} w={inW} h={inH} kind="data" {...inputs[i]} />
          <Arrow points={[[M + inW, y(i)], [fx - R, y(i)]]} />
          <circle cx={fx} cy={y(i)} r={R} fill="var(--surface)" stroke="var(--accent)" strokeWidth={STROKE} />
          <Label x={fx} y={y(i) + 1} size={FONT + 2} tone="fg" weight={600}>{S.apply}</Label>
          <Arrow points={[[fx + R, y(i)], [reach[i], y(i)]]} />
          <Label x={fx + R + EMBED / 2 - 2} y={y(i) - 11}>{S.embedding(b.symbol)}</Label>
        </g>
      ))}
      {net.distances.map((d) => {
        const x = xOf(d.column);
        return (
          <g key={d.label}>
            <line x1={x} y1={y(d.from)} x2={x} y2={y(d.to)} stroke="var(--fg)" strokeWidth={STROKE} />
            <Label x={x + 7} y={(y(d.from) + y(d.to)) / 2} anchor="start" tone="fg">{d.label}</Label>
          </g>
        );
      })}
      {/* One sheet per weight layer behind W: a single tensor of weights, not a box per branch. */}
      {Array.from({ length: net.weightLayers - 1 }, (_, k) => net.weightLayers - 1 - k).map((k) => (
        <rect key={k} x={wX + 4 * k} y={wTop + 4 * k} width={wSize.w} height={wSize.h} rx={6} fill="var(--surface-2)" stroke="var(--accent)" strokeWidth={1} />
      ))}
      <Box x={wX} y={wTop} w={wSize.w} h={wSize.h} kind="learns" {...wBox} />
      {net.loss.map((line, i) => (
        <Label key={line} x={width / 2} y={lossTop + i * 20} size={FONT} tone="fg">{line}</Label>
      ))}
    </DiagramPanel>
  );
}

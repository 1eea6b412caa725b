'use client';
import { scaleLinear } from 'd3';
import type { Penalty } from '@/lib/regularisation/polynomialFit';
import { AxisBottom, AxisLeft, Bars, ChartFrame, Dots, RuleY } from '@/components/ui';
import { formatNumber, symlog } from './model';
import { S } from './strings';

interface Props {
  penalty: Penalty;
  w: number[];
  /** The largest symlog value to show: fixed per data set, so bars visibly shrink as λ grows. */
  extent: number;
}

const TICKS = [-1000, -100, -10, -1, 0, 1, 10, 100, 1000];
const COLOR: Record<Penalty, string> = { l2: 'var(--accent)', l1: 'var(--highlight)' };

/** The ten weights as bars on a symmetric log scale; an exactly-zero weight is a ring on the axis. */
export function WeightBars({ penalty, w, extent }: Props) {
  // Ticks at round weights, placed on the symlog axis.
  const labels = new Map(TICKS.filter((t) => Math.abs(symlog(t)) <= extent).map((t) => [symlog(t), t < 0 ? `−${-t}` : String(t)]));
  const alt = S.weightsAlt(S.cardTitle[penalty], w.map((v, k) => `w${k} = ${v === 0 ? '0 exactly' : formatNumber(v)}`).join(', '));
  const zeros = w.flatMap((v, k) => (v === 0 ? [k] : []));
  return (
    <ChartFrame caption={S.weightsCaption} alt={alt} height={170} margin={{ top: 8, right: 6, bottom: 24, left: 40 }} fallbackWidth={320}>
      {(size) => {
        // Weight k sits in the middle of its slot.
        const x = scaleLinear().domain([-0.5, w.length - 0.5]).range([size.left, size.right]);
        const y = scaleLinear().domain([-extent, extent]).range([size.bottom, size.top]);
        const slot = (size.right - size.left) / w.length;
        return (
          <>
            <AxisLeft scale={y} size={size} ticks={[...labels.keys()]} format={(v) => labels.get(v) ?? ''} />
            <AxisBottom scale={x} size={size} ticks={w.map((_, k) => k)} format={(k) => `w${k}`} />
            <RuleY y={y(0)} plot={size} kind="zero" />
            <Bars bars={w.map((v, k) => ({ x0: k - 0.375, x1: k + 0.375, y: symlog(v), color: k === 0 ? 'var(--muted)' : COLOR[penalty] }))} x={x} y={y} gap={0} />
            <Dots points={zeros.map((k) => [k, 0])} x={x} y={y} r={Math.min(5, slot * 0.375)} color="var(--surface)" stroke="var(--highlight)" />
          </>
        );
      }}
    </ChartFrame>
  );
}

'use client';
import { scaleLog, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3';
import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import { AxisBottom, AxisLeft, Button, ChartFrame, Legend, type LegendMark } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import table from '@/components/ui/table.module.css';
import { placeLabels } from './chartLabels';
import { allNetworkPoints, FAMILIES, type Family, type NetworkId } from './model';
import { S } from './strings';
import styles from './CostChart.module.css';
import common from './common.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  current: NetworkId | null;
  onPick: (id: NetworkId) => void;
}

// Room for the y axis's title above the plot and the last x tick's label past the plot.
const M = { top: 22, right: 24, bottom: 38, left: 54 };

const SYMBOLS: Record<Family, SymbolType> = {
  classic: symbolTriangle,
  vgg: symbolSquare,
  inception: symbolDiamond,
  resnet: symbolCircle,
  light: symbolCross,
};

const FAMILY_COLOUR: Record<Family, string> = {
  classic: 'var(--negative)',
  vgg: 'var(--highlight)',
  inception: 'var(--positive)',
  resnet: 'var(--accent)',
  light: 'var(--muted)',
};

/** The kit legend's mark for each family: the same shapes as the chart's d3 symbols. */
const FAMILY_MARK: Record<Family, LegendMark> = {
  classic: 'triangle',
  vgg: 'square',
  inception: 'diamond',
  resnet: 'circle',
  light: 'cross',
};

/** All catalogue networks, parameters against MACs on log-log axes; the shown one is ringed. */
export const CostChart = memo(function CostChart({ current, onPick }: Props) {
  const points = useMemo(() => [...allNetworkPoints()].sort((a, b) => a.macs - b.macs), []);
  const [focus, setFocus] = useState<number | null>(null);
  const exp = (v: number, round: (x: number) => number) => round(Math.log10(v));
  const xLo = exp(Math.min(...points.map((p) => p.macs)), Math.floor);
  const xHi = exp(Math.max(...points.map((p) => p.macs)), Math.ceil);
  const yLo = exp(Math.min(...points.map((p) => p.params)), Math.floor);
  const yHi = exp(Math.max(...points.map((p) => p.params)), Math.ceil);
  const currentIndex = points.findIndex((p) => p.id === current);
  const focusIndex = focus ?? Math.max(0, currentIndex);
  const focused = points[focusIndex];
  const labelled = new Set<number>([...(currentIndex >= 0 ? [currentIndex] : []), ...(focus !== null ? [focus] : [])]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = points.length - 1;
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowUp') next = Math.min(last, focusIndex + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') next = Math.max(0, focusIndex - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if (e.key === 'Enter' || e.key === ' ') {
      onPick(focused.id);
      e.preventDefault();
      return;
    }
    if (next === null) return;
    e.preventDefault();
    setFocus(next);
  };

  const symbolPath = (family: Family, size: number) => symbol(SYMBOLS[family], size)() ?? '';
  const decadeLabel = (v: number) => powerLabel(Math.round(Math.log10(v)));
  return (
    <div className={styles.chart}>
      <ChartFrame
        alt=""
        caption={S.chart.caption}
        captionAbove
        legend={
          <div aria-hidden="true">
            <Legend items={FAMILIES.map(({ family }) => ({ label: S.families[family], color: FAMILY_COLOUR[family], mark: FAMILY_MARK[family] }))} />
          </div>
        }
        height={(w) => (w < 480 ? 280 : 360)}
        margin={M}
        canvasProps={{ className: styles.chartFocus, tabIndex: 0, role: 'group', 'aria-label': S.chart.label, onKeyDown, onBlur: () => setFocus(null), ...({ 'data-part': 'chart' } as object) }}
      >
        {(size) => {
          const narrow = size.width < 480;
          const x = scaleLog().domain([10 ** xLo, 10 ** xHi]).range([size.left, size.right]);
          // The top decade sits a line below the plot's top edge, where the y axis's title stands.
          const y = scaleLog().domain([10 ** yLo, 10 ** yHi]).range([size.bottom, size.top + 14]);
          const placed = points.map((p) => ({ ...p, px: x(p.macs), py: y(p.params) }));
          const labels = placeLabels(
            placed.map((p, i) => ({ x: p.px, y: p.py, text: p.title, must: labelled.has(i) })),
            size,
            narrow ? 'must' : 'all',
          );
          return (
            <>
              <AxisLeft scale={y} size={size} ticks={decadeTicks(yLo, yHi, narrow ? 4 : 6).map((k) => 10 ** k)} format={decadeLabel} label={S.chart.y} />
              <AxisBottom scale={x} size={size} ticks={decadeTicks(xLo, xHi, narrow ? 4 : 7).map((k) => 10 ** k)} format={decadeLabel} label={S.chart.x} grid />
              {placed.map((p, i) => (
                <g key={p.id} transform={`translate(${p.px},${p.py})`} className={styles.pointGroup} onClick={() => onPick(p.id)}>
                  <title>{p.title}</title>
                  {i === currentIndex ? <circle r={11} className={styles.currentRing} /> : null}
                  {focus === i ? <circle r={14} className={styles.focusRing} /> : null}
                  <path d={symbolPath(p.family, i === currentIndex ? 130 : 80)} fill={FAMILY_COLOUR[p.family]} className={styles.point} />
                  <circle r={10} className={styles.hit} />
                </g>
              ))}
              {labels.map((l) => (
                <text key={l.text} x={l.x} y={l.y} textAnchor={l.anchor} dy="0.32em" className={`${styles.pointLabel} ${l.must ? styles.strong : ''}`}>
                  {l.text}
                </text>
              ))}
            </>
          );
        }}
      </ChartFrame>
      <p className={ui.visuallyHidden} aria-live="polite">
        {focus !== null ? S.chart.point(focused.title, formatCount(focused.params), formatCount(focused.macs), focused.id === current) : ''}
      </p>
      <details className={styles.chartTable}>
        <summary>{S.chart.tableToggle}</summary>
        <DataTable caption={S.chart.tableCaption} hideCaption columns={[S.chart.network, S.chart.params, S.chart.macs, S.chart.activations, <span key="show" className={ui.visuallyHidden}>{S.chart.show('')}</span>]}>
          {points.map((p) => (
            <tr key={p.id} className={p.id === current ? common.currentRow : undefined}>
              <th scope="row">{p.title}</th>
              <td className={table.num}>{formatCount(p.params)}</td>
              <td className={table.num}>{formatCompact(p.macs)}</td>
              <td className={table.num}>{formatCompact(p.activations)}</td>
              <td>
                {p.id === current ? (
                  <span className={common.muted}>{S.chart.shown}</span>
                ) : (
                  <Button size="small" onClick={() => onPick(p.id)} aria-label={S.chart.show(p.title)}>
                    {S.chart.show('').trim()}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </details>
    </div>
  );
});

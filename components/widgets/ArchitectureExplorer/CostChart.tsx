'use client';
import { scaleLog, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3';
import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { decadeTicks, powerLabel } from '@/lib/format/logScale';
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import { AxisBottom, AxisLeft, Button, Legend, type ChartSize } from '@/components/ui';
import { DataTable } from '@/components/ui/DataTable';
import table from '@/components/ui/table.module.css';
import { useElementWidth } from '@/components/ui/useElementWidth';
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

const FAMILY_CLASS: Record<Family, string> = {
  classic: styles.fClassic,
  vgg: styles.fVgg,
  inception: styles.fInception,
  resnet: styles.fResnet,
  light: styles.fLight,
};

/** All catalogue networks, parameters against MACs on log-log axes; the shown one is ringed. */
export const CostChart = memo(function CostChart({ current, onPick }: Props) {
  const points = useMemo(() => [...allNetworkPoints()].sort((a, b) => a.macs - b.macs), []);
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const [focus, setFocus] = useState<number | null>(null);
  const narrow = width < 480;
  const height = narrow ? 280 : 360;
  const exp = (v: number, round: (x: number) => number) => round(Math.log10(v));
  const xLo = exp(Math.min(...points.map((p) => p.macs)), Math.floor);
  const xHi = exp(Math.max(...points.map((p) => p.macs)), Math.ceil);
  const yLo = exp(Math.min(...points.map((p) => p.params)), Math.floor);
  const yHi = exp(Math.max(...points.map((p) => p.params)), Math.ceil);
  const x = scaleLog().domain([10 ** xLo, 10 ** xHi]).range([M.left, Math.max(M.left + 60, width - M.right)]);
  // The top decade sits a line below the plot's top edge, where the y axis's title stands.
  const y = scaleLog().domain([10 ** yLo, 10 ** yHi]).range([height - M.bottom, M.top + 14]);
  const currentIndex = points.findIndex((p) => p.id === current);
  const focusIndex = focus ?? Math.max(0, currentIndex);
  const focused = points[focusIndex];
  const size: ChartSize = { width, height, margin: M, left: M.left, right: width - M.right, top: M.top, bottom: height - M.bottom };

  const placed = points.map((p) => ({ ...p, px: x(p.macs), py: y(p.params) }));
  const labelled = new Set<number>([...(currentIndex >= 0 ? [currentIndex] : []), ...(focus !== null ? [focus] : [])]);
  const labels = placeLabels(
    placed.map((p, i) => ({ x: p.px, y: p.py, text: p.title, must: labelled.has(i) })),
    { left: M.left, right: width - M.right, top: M.top, bottom: height - M.bottom },
    narrow ? 'must' : 'all',
  );

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
  return (
    <figure className={`${ui.chartFigure} ${styles.chart}`}>
      <figcaption className={ui.chartCaption}>{S.chart.caption}</figcaption>
      <div aria-hidden="true">
        <Legend
          items={FAMILIES.map(({ family }) => ({
            label: S.families[family],
            swatch: (
              <svg width={14} height={14} className={FAMILY_CLASS[family]}>
                <path d={symbolPath(family, 70)} transform="translate(7,7)" className={styles.point} />
              </svg>
            ),
          }))}
        />
      </div>
      <div
        className={styles.chartFocus}
        tabIndex={0}
        role="group"
        aria-label={S.chart.label}
        onKeyDown={onKeyDown}
        onBlur={() => setFocus(null)}
        data-part="chart"
      >
        <div ref={ref} className={ui.chartCanvas}>
          <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
            <AxisLeft scale={y} size={size} ticks={decadeTicks(yLo, yHi, narrow ? 4 : 6).map((k) => 10 ** k)} format={(v) => powerLabel(Math.round(Math.log10(v)))} label={S.chart.y} />
            <AxisBottom scale={x} size={size} ticks={decadeTicks(xLo, xHi, narrow ? 4 : 7).map((k) => 10 ** k)} format={(v) => powerLabel(Math.round(Math.log10(v)))} label={S.chart.x} grid />
            {placed.map((p, i) => (
              <g
                key={p.id}
                transform={`translate(${p.px},${p.py})`}
                className={`${FAMILY_CLASS[p.family]} ${styles.pointGroup}`}
                onClick={() => onPick(p.id)}
              >
                <title>{p.title}</title>
                {i === currentIndex ? <circle r={11} className={styles.currentRing} /> : null}
                {focus === i ? <circle r={14} className={styles.focusRing} /> : null}
                <path d={symbolPath(p.family, i === currentIndex ? 130 : 80)} className={styles.point} />
                <circle r={10} className={styles.hit} />
              </g>
            ))}
            {labels.map((l) => (
              <text key={l.text} x={l.x} y={l.y} textAnchor={l.anchor} dy="0.32em" className={`${styles.pointLabel} ${l.must ? styles.strong : ''}`}>
                {l.text}
              </text>
            ))}
          </svg>
        </div>
        <p className={ui.visuallyHidden} aria-live="polite">
          {focus !== null ? S.chart.point(focused.title, formatCount(focused.params), formatCount(focused.macs), focused.id === current) : ''}
        </p>
      </div>
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
    </figure>
  );
});

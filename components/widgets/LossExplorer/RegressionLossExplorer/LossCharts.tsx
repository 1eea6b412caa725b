'use client';
import { scaleLinear } from 'd3';
import type { RegressionCurves, RegressionLossName, RegressionLossPoint } from '@/lib/compute';
import { AxisBottom, AxisLeft, BandX, ChartFrame, Clip, Dots, Legend, LinePath, RuleX, RuleY, chartSlider, stackPanels, type ChartSize } from '@/components/ui';
import { CURVE_ERRORS, ERROR, clampError, errorAfterKey, fmt } from './state';
import { S } from './strings';
import styles from './RegressionLossExplorer.module.css';

interface Props {
  curves: RegressionCurves;
  point: RegressionLossPoint;
  error: number;
  beta: number;
  onMove: (d: number) => void;
}

const ORDER: RegressionLossName[] = ['l2', 'l1', 'smoothL1'];
/** Each loss by colour, weight and dash, so the three stay apart without colour. */
const LOOK: Record<RegressionLossName, { color: string; width: number; dashed?: string }> = {
  smoothL1: { color: 'var(--accent)', width: 4 },
  l1: { color: 'var(--highlight)', width: 2.5, dashed: '8 5' },
  l2: { color: 'var(--positive)', width: 2.5, dashed: '2 4' },
};
const LOSS_MAX = 4.5;
const GRAD_MAX = 3;
const GAP = 40;
const M = { top: 22, right: 14, left: 40, bottom: 36 };
const xScale = (size: ChartSize) => scaleLinear().domain([ERROR.min, ERROR.max]).range([size.left, size.right]);

/** Loss (top) and gradient (bottom) panels over the same error axis; the whole figure is the error slider. */
export function LossCharts({ curves, point, error, beta, onMove }: Props) {
  return (
    <ChartFrame
      caption={S.figureCaption}
      alt={S.figureAlt(fmt(beta))}
      height={(w) => M.top + 2 * (w < 480 ? 150 : 190) + GAP + M.bottom}
      margin={M}
      legend={<Legend items={(['smoothL1', 'l1', 'l2'] as const).map((k) => ({ label: S.names[k], color: LOOK[k].color, mark: LOOK[k].dashed ? 'dashed' : 'line' }))} />}
      canvasProps={(size) =>
        chartSlider({
          label: S.slider,
          min: ERROR.min,
          max: ERROR.max,
          value: error,
          valueText: S.sliderValue(fmt(error), fmt(point.loss.l1), fmt(point.loss.l2), fmt(point.loss.smoothL1)),
          onKey: (key, shift) => errorAfterKey(error, key, shift),
          fromX: (px) => clampError(xScale(size).invert(px)),
          onChange: onMove,
        })
      }
    >
      {(size) => {
        const x = xScale(size);
        const [lossPanel, gradPanel] = stackPanels(size, 2, GAP);
        const panels = [
          { plot: lossPanel, y: scaleLinear().domain([0, LOSS_MAX]).range([lossPanel.bottom, lossPanel.top]), of: 'loss' as const, max: LOSS_MAX, ticks: 4, label: S.lossPanel },
          { plot: gradPanel, y: scaleLinear().domain([-GRAD_MAX, GRAD_MAX]).range([gradPanel.bottom, gradPanel.top]), of: 'grad' as const, max: GRAD_MAX, ticks: 6, label: S.gradPanel },
        ];
        return (
          <>
            {panels.map(({ plot, y, of, max, ticks, label }) => (
              <g key={of} data-panel={of}>
                {beta > 0 ? <BandX x1={x(-beta)} x2={x(beta)} plot={plot} color="var(--accent-soft)" /> : null}
                <AxisLeft scale={y} size={plot} ticks={ticks} format={(t) => fmt(t, 0)} label={label} />
                {of === 'grad' ? <RuleY y={y(0)} plot={plot} kind="zero" /> : null}
                <Clip plot={plot}>
                  {ORDER.map((k) => (
                    <LinePath key={k} points={curves[k][of].map((v, i) => [CURVE_ERRORS[i], v])} x={x} y={y} color={LOOK[k].color} width={LOOK[k].width} dashed={LOOK[k].dashed} />
                  ))}
                </Clip>
                {ORDER.map((k) => (Math.abs(point[of][k]) <= max ? <Dots key={k} points={[[error, point[of][k]]]} x={x} y={y} r={5} color={LOOK[k].color} halo /> : null))}
              </g>
            ))}
            {beta > 0 ? (
              <text x={x(0)} y={lossPanel.top + 12} textAnchor="middle" className={styles.bandLabel}>
                ±β
              </text>
            ) : null}
            <AxisBottom scale={x} size={gradPanel} ticks={size.width < 480 ? 6 : 12} format={(t) => fmt(t, Number.isInteger(t) ? 0 : 1)} label={S.xAxis} />
            <RuleX x={x(error)} plot={size} />
          </>
        );
      }}
    </ChartFrame>
  );
}

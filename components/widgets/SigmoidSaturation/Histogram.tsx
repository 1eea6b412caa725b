'use client';
import { scaleLinear } from 'd3';
import { sigmoid } from '@/lib/preprocessing/saturation';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { S } from './strings';
import styles from './SigmoidSaturation.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  counts: number[];
  range: number;
  threshold: number;
  alt: string;
}

const M = { top: 12, right: 12, bottom: 38, left: 12 };

const tickText = (t: number) => (Math.abs(t) >= 1000 ? `${t / 1000}k` : String(t)).replace('-', '−');

/** Counts of z over [−range, range]; the saturated tails shaded; σ(z) over it on a 0–1 scale. */
export function Histogram({ counts, range, threshold, alt }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const height = width < 480 ? 200 : 240;
  const x = scaleLinear().domain([-range, range]).range([M.left, Math.max(M.left + 40, width - M.right)]);
  const top = Math.max(1, ...counts);
  const y = scaleLinear().domain([0, top]).range([height - M.bottom, M.top]);
  const yS = scaleLinear().domain([0, 1]).range([height - M.bottom, M.top]);
  const bw = (x(range) - x(-range)) / counts.length;
  const curve = Array.from({ length: 161 }, (_, i) => {
    const z = -range + (2 * range * i) / 160;
    return `${i ? 'L' : 'M'}${x(z).toFixed(1)} ${yS(sigmoid(z)).toFixed(1)}`;
  }).join('');
  const tail = Math.min(threshold, range);
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.chartCaption}</figcaption>
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
          <rect x={x(-range)} y={M.top} width={Math.max(0, x(-tail) - x(-range))} height={height - M.bottom - M.top} className={styles.zone} />
          <rect x={x(tail)} y={M.top} width={Math.max(0, x(range) - x(tail))} height={height - M.bottom - M.top} className={styles.zone} />
          {x.ticks(width < 480 ? 5 : 9).map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={M.top} y2={height - M.bottom} className={ui.chartGrid} />
              <text x={x(t)} y={height - M.bottom + 14} textAnchor="middle" className={ui.chartTick}>
                {tickText(t)}
              </text>
            </g>
          ))}
          {counts.map((c, i) =>
            c > 0 ? <rect key={i} x={x(-range) + i * bw + 0.5} width={Math.max(0.5, bw - 1)} y={y(c)} height={y(0) - y(c)} className={styles.bar} /> : null,
          )}
          <path d={curve} className={styles.curve} />
          <text x={(M.left + width - M.right) / 2} y={height - 6} textAnchor="middle" className={styles.axisLabel}>
            {S.xAxis}
          </text>
        </svg>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.keyZone}>{S.saturatedZone} (|z| &gt; {threshold.toFixed(2)})</li>
        <li className={styles.keyCurve}>{S.sigmoidKey}</li>
      </ul>
      <p className={ui.visuallyHidden}>{alt}</p>
    </figure>
  );
}

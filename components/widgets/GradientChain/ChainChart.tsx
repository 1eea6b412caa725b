'use client';
import { line, scaleLinear, scaleLog } from 'd3';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { lowestDecade, sigmoidBound, superscript, type ChainResult } from './model';
import { S } from './strings';
import styles from './GradientChain.module.css';
import ui from '../shared/widgetUi.module.css';

const M = { top: 12, right: 16, bottom: 38, left: 56 };
const decade = (k: number) => (k === 0 ? '1' : `10${superscript(k)}`);

/** The running product of slopes for each activation against depth, with sigmoid's bound. */
export function ChainChart({ results, depth, alt }: { results: ChainResult[]; depth: number; alt: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const narrow = width < 480;
  const height = narrow ? 240 : 300;
  const lo = lowestDecade(results, depth);
  const x = scaleLinear().domain([1, Math.max(2, depth)]).range([M.left, Math.max(M.left + 60, width - M.right)]);
  const y = scaleLog().domain([10 ** lo, 1]).range([height - M.bottom, M.top]).clamp(true);
  const layers = Array.from({ length: depth }, (_, i) => i + 1);
  const step = Math.max(1, Math.ceil(-lo / (narrow ? 5 : 8)));
  const yTicks = Array.from({ length: Math.floor(-lo / step) + 1 }, (_, i) => -i * step);
  const xStep = depth <= 10 ? 1 : depth <= 20 ? (narrow ? 5 : 2) : 5;
  const xTicks = layers.filter((i) => i === 1 || i % xStep === 0);
  const bound = line<number>().x((i) => x(i)).y((i) => y(sigmoidBound(i)))(layers) ?? '';
  return (
    <figure className={ui.chartFigure}>
      <figcaption className={ui.chartCaption}>{S.caption}</figcaption>
      <ul className={styles.legend} aria-hidden="true">
        {results.map((r) => (
          <li key={r.fn} className={styles[`legend_${r.fn}`]}>{S.names[r.fn]}</li>
        ))}
        <li className={styles.legend_bound}>{S.bound}</li>
      </ul>
      <div ref={ref} className={ui.chartCanvas}>
        <svg width={width} height={height} aria-hidden="true" className={ui.chartSvg}>
          {yTicks.map((k) => (
            <g key={k} transform={`translate(0,${y(10 ** k)})`}>
              <line x1={M.left} x2={x(Math.max(2, depth))} className={ui.chartGrid} />
              <text x={M.left - 6} dy="0.32em" textAnchor="end" className={ui.chartTick}>{decade(k)}</text>
            </g>
          ))}
          {xTicks.map((i) => (
            <text key={i} x={x(i)} y={height - M.bottom + 16} textAnchor="middle" className={ui.chartTick}>{i}</text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={height - 4} textAnchor="middle" className={styles.axisLabel}>{S.xAxis}</text>
          <path d={bound} className={styles.bound} />
          {results.map((r) => {
            // A zero product has no logarithm: the line drops to the floor and a 0 marks it.
            const firstZero = r.products.findIndex((p) => p === 0);
            const shown = firstZero < 0 ? r.products : r.products.slice(0, firstZero);
            const d = line<number>().x((_, i) => x(i + 1)).y((p) => y(p))(shown) ?? '';
            return (
              <g key={r.fn} data-fn={r.fn}>
                {shown.length > 1 ? <path d={d} className={styles[`line_${r.fn}`]} /> : null}
                {shown.map((p, i) => (
                  <circle key={i} cx={x(i + 1)} cy={y(p)} r={depth > 20 ? 2.5 : 3.5} className={styles[`dot_${r.fn}`]} />
                ))}
                {firstZero >= 0 ? (
                  <text x={x(firstZero + 1)} y={height - M.bottom - 6} textAnchor="middle" className={`${styles.zero} ${styles[`text_${r.fn}`]}`}>
                    {S.names[r.fn]} = 0
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <p className={ui.visuallyHidden}>{alt}</p>
    </figure>
  );
}

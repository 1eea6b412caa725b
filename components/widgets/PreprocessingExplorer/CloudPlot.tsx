import { scaleLinear } from 'd3';
import type { StageResult } from '@/lib/preprocessing/pipeline2d';
import type { Cloud } from '@/lib/preprocessing/stats2d';
import { ellipse, frameFor, principalAxes } from './model';
import styles from './PreprocessingExplorer.module.css';

interface Props {
  result: StageResult;
  size: number;
  showTest: boolean;
  /** Tick labels and grid (the large view); the thumbnails draw only the axes through 0. */
  detailed?: boolean;
}

const PAD_DETAILED = { left: 38, bottom: 22, top: 6, right: 8 };
const PAD_THUMB = { left: 4, bottom: 4, top: 4, right: 4 };

/** One path of small discs (or squares): one DOM node per cloud keeps slider drags fast. */
function marks(c: Cloud, x: (v: number) => number, y: (v: number) => number, r: number, square: boolean): string {
  let d = '';
  for (let i = 0; i < c.xs.length; i++) {
    const px = x(c.xs[i]).toFixed(1);
    const py = y(c.ys[i]).toFixed(1);
    d += square
      ? `M${px} ${py}m${-r} ${-r}h${2 * r}v${2 * r}h${-2 * r}z`
      : `M${px} ${py}m${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
  return d;
}

/** A scatter plot of one step, x and y on the same scale, with its covariance ellipse. */
export function CloudPlot({ result, size, showTest, detailed = false }: Props) {
  const pad = detailed ? PAD_DETAILED : PAD_THUMB;
  const frame = frameFor(showTest ? [result.train, result.test] : [result.train]);
  const side = Math.max(10, size - Math.max(pad.left + pad.right, pad.top + pad.bottom));
  const x = scaleLinear().domain([frame.cx - frame.half, frame.cx + frame.half]).range([pad.left, pad.left + side]);
  const y = scaleLinear().domain([frame.cy - frame.half, frame.cy + frame.half]).range([pad.top + side, pad.top]);
  const ticks = x.ticks(4);
  const yTicks = y.ticks(4);
  const r = detailed ? 2.6 : 1.6;
  const ring = ellipse(result)
    .map(([a, b], i) => `${i ? 'L' : 'M'}${x(a).toFixed(1)} ${y(b).toFixed(1)}`)
    .join('');
  const axes = principalAxes(result);
  const [mx, my] = result.stats.mean;
  const h = pad.top + side + pad.bottom;
  const w = pad.left + side + pad.right;
  return (
    <svg width={w} height={h} aria-hidden="true" className={styles.plot}>
      <rect x={pad.left} y={pad.top} width={side} height={side} className={styles.plotBg} />
      {detailed
        ? ticks.map((t) => (
            <g key={`x${t}`}>
              <line x1={x(t)} x2={x(t)} y1={pad.top} y2={pad.top + side} className={styles.grid} />
              <text x={x(t)} y={pad.top + side + 16} textAnchor="middle" className={styles.tick}>
                {String(t).replace('-', '−')}
              </text>
            </g>
          ))
        : null}
      {detailed
        ? yTicks.map((t) => (
            <g key={`y${t}`}>
              <line x1={pad.left} x2={pad.left + side} y1={y(t)} y2={y(t)} className={styles.grid} />
              <text x={pad.left - 4} y={y(t)} dy="0.32em" textAnchor="end" className={styles.tick}>
                {String(t).replace('-', '−')}
              </text>
            </g>
          ))
        : null}
      <line x1={x(0)} x2={x(0)} y1={pad.top} y2={pad.top + side} className={styles.zero} />
      <line x1={pad.left} x2={pad.left + side} y1={y(0)} y2={y(0)} className={styles.zero} />
      <path d={marks(result.train, x, y, r, false)} className={styles.train} />
      {showTest ? <path d={marks(result.test, x, y, r + 0.6, true)} className={styles.test} /> : null}
      <path d={ring} className={styles.ellipse} />
      {axes.map(([a, b], i) => (
        <line key={i} x1={x(a[0])} y1={y(a[1])} x2={x(b[0])} y2={y(b[1])} className={i === 0 ? styles.axis1 : styles.axis2} />
      ))}
      <circle cx={x(mx)} cy={y(my)} r={detailed ? 4 : 2.5} className={styles.meanDot} />
    </svg>
  );
}

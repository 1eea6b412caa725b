import { scaleLinear } from 'd3';
import { AxisBottom, AxisLeft, RuleX, RuleY, type ChartSize } from '@/components/ui';
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

const PAD_DETAILED = { left: 38, bottom: 24, top: 6, right: 8 };
const PAD_THUMB = { left: 4, bottom: 4, top: 4, right: 4 };
const minus = (t: number) => String(t).replace('-', '−');

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
  const r = detailed ? 2.6 : 1.6;
  const ring = ellipse(result)
    .map(([a, b], i) => `${i ? 'L' : 'M'}${x(a).toFixed(1)} ${y(b).toFixed(1)}`)
    .join('');
  const axes = principalAxes(result);
  const [mx, my] = result.stats.mean;
  const h = pad.top + side + pad.bottom;
  const w = pad.left + side + pad.right;
  const plot: ChartSize = { width: w, height: h, margin: pad, left: pad.left, right: pad.left + side, top: pad.top, bottom: pad.top + side };
  return (
    <svg width={w} height={h} aria-hidden="true" className={styles.plot}>
      <rect x={pad.left} y={pad.top} width={side} height={side} className={styles.plotBg} />
      {detailed ? (
        <>
          <AxisBottom scale={x} size={plot} ticks={4} format={minus} grid />
          <AxisLeft scale={y} size={plot} ticks={4} format={minus} />
        </>
      ) : null}
      <RuleX x={x(0)} plot={plot} kind="zero" />
      <RuleY y={y(0)} plot={plot} kind="zero" />
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

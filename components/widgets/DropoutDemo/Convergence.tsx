import { formatCount } from '@/lib/format/numberFormat';
import { LineChart } from './LineChart';
import { fmt, logSample, type DropoutView } from './model';
import { S } from './strings';
import ui from '../shared/widgetUi.module.css';

/** Two charts: the running average of one unit, and the error of the running average against σ/√n. */
export function Convergence({ view, unit }: { view: DropoutView; unit: number }) {
  const { averages, errors } = view.run;
  const n = errors.length;
  const xMax = Math.max(10, n);
  const idx = logSample(n);
  const target = view.target[unit];
  const mean = view.mean[unit];
  const avgPoints = idx.map((k): [number, number] => [k + 1, averages[k][unit]]);
  const values = [target, mean, ...avgPoints.map((p) => p[1])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(0.05, (hi - lo) * 0.15);
  const flat = (v: number): [number, number][] => [[1, v], [xMax, v]];
  const hasGap = view.bias > 1e-9;

  const errPoints = idx.map((k): [number, number] => [k + 1, errors[k]]).filter((p) => p[1] > 0);
  const sqrtLine = [1, xMax].map((m): [number, number] => [m, view.sigma / Math.sqrt(m)]);
  const floorFloor = Math.min(view.sigma / Math.sqrt(xMax), ...(hasGap ? [view.bias] : []), ...errPoints.map((p) => p[1]));
  const errLo = 10 ** Math.floor(Math.log10(Math.max(1e-6, floorFloor)));
  const errHi = 10 ** Math.ceil(Math.log10(Math.max(view.sigma, ...errPoints.map((p) => p[1]), errLo * 10)));
  const last = n ? averages[n - 1][unit] : null;

  return (
    <div className={ui.results}>
      <LineChart
        title={S.avgTitle(unit)}
        alt={S.avgAlt(unit, formatCount(n), last === null ? S.noMask : fmt(last), fmt(target), fmt(mean))}
        xMax={xMax}
        logY={false}
        yDomain={[lo - pad, hi + pad]}
        xLabel={S.xAxis}
        legend={[
          { label: S.legendAvg, color: 'var(--accent)', mark: 'line' },
          { label: S.legendTarget, color: 'var(--fg)', mark: 'line' },
          ...(hasGap ? [{ label: S.legendMean, color: 'var(--negative)', mark: 'dashed' as const }] : []),
        ]}
        series={[
          { points: flat(target), color: 'var(--fg)', width: 1.5 },
          ...(hasGap ? [{ points: flat(mean), color: 'var(--negative)', dashed: true, width: 2 }] : []),
          { points: avgPoints, color: 'var(--accent)' },
        ]}
      />
      <LineChart
        title={S.errTitle}
        alt={S.errAlt(formatCount(n), n ? fmt(errors[n - 1], 4) : S.noMask, fmt(view.sigma, 4), hasGap ? fmt(view.bias, 4) : null)}
        xMax={xMax}
        logY
        yDomain={[errLo, errHi]}
        xLabel={S.xAxis}
        legend={[
          { label: S.legendErr, color: 'var(--accent)', mark: 'line' },
          { label: S.legendSqrt, color: 'var(--highlight)', mark: 'dashed' },
          ...(hasGap ? [{ label: S.legendBias, color: 'var(--negative)', mark: 'dashed' as const }] : []),
        ]}
        series={[
          { points: sqrtLine, color: 'var(--highlight)', dashed: true },
          ...(hasGap ? [{ points: flat(view.bias), color: 'var(--negative)', dashed: true, width: 2 }] : []),
          { points: errPoints, color: 'var(--accent)' },
        ]}
      />
    </div>
  );
}

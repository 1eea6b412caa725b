import { formatBytes, formatCompact, formatCount, formatMegabytes, formatRatio } from '@/lib/format/numberFormat';
import { equivalentSide, fcScalingNumbers, scalingCurve, sideRange } from './model';
import { ScalingChart } from './ScalingChart';
import type { FcScalingState } from './state';
import { S } from './strings';
import { CostCount } from '../shared/cost/CostCount';
import cost from '../shared/cost/cost.module.css';
import styles from './FcScaling.module.css';
import ui from '../shared/widgetUi.module.css';

export function FcScalingResults({ state, kernels }: { state: FcScalingState; kernels: number }) {
  const n = fcScalingNumbers(state, state.units, kernels);
  const side = equivalentSide(state);
  const sides = sideRange(side);
  const points = scalingCurve(state.c, state.units, kernels, sides);
  const current = { side, fc: n.fcParams, conv: n.convParams };
  const first = points[0];
  const last = points[points.length - 1];
  const alt = S.chartAlt(
    state.c, state.units, kernels,
    formatCompact(first.fc), formatCompact(last.fc), first.side, last.side,
    formatCount(n.convParams),
    `${state.h}×${state.w}×${state.c}, fully connected ${formatCount(n.fcParams)}, convolution ${formatCount(n.convParams)}`,
  );
  return (
    <div className={ui.results}>
      <p className={styles.inputs}>
        {S.inputs}: <span className={cost.value}>{state.h} · {state.w} · {state.c} = {formatCount(n.inputs)}</span>
      </p>
      <div className={cost.compare}>
        <section className={`${ui.card} ${ui.fcCard}`}>
          <h4 className={ui.heading}>{S.fcHeading}</h4>
          <CostCount label={S.fcWeights} value={formatCount(n.fcParams)} extra={formatCompact(n.fcParams)} />
          <CostCount label={S.memory} value={formatMegabytes(n.fcBytes)} extra={n.fcBytes >= 1e9 ? formatBytes(n.fcBytes) : undefined} />
          <CostCount label={S.macs} value={formatCount(n.fcMacs)} extra={formatCompact(n.fcMacs)} />
        </section>
        <section className={`${ui.card} ${ui.convCard}`}>
          <h4 className={ui.heading}>{S.convHeading(kernels)}</h4>
          <CostCount label={S.convParams} value={formatCount(n.convParams)} />
          <CostCount label={S.convMemory} value={formatBytes(n.convBytes)} />
          <CostCount label={S.convMacs} value={formatCount(n.convMacs)} extra={formatCompact(n.convMacs)} />
        </section>
      </div>
      <p className={ui.ratio} aria-live="polite">
        {n.ratio >= 1 ? S.ratio(formatRatio(n.ratio)) : S.ratioBelow(formatRatio(n.ratio))}
      </p>
      <ScalingChart points={points} current={current} alt={alt} />
      {state.h !== state.w ? <p className={cost.note}>{S.nonSquare(side.toFixed(1))}</p> : null}
    </div>
  );
}

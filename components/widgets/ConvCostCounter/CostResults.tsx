import type { ConvCost } from '@/lib/nn/convArithmetic';
import { axisTex, fcMacsTex, fcParamsTex, macsTex, paramsTex } from './formulas';
import { LogBars } from '@/components/widgets/shared/LogBars';
import { formatCompact, formatCount, formatRatio } from '@/lib/format/numberFormat';
import type { ConvCostState } from './state';
import { S } from './strings';
import { Tex } from '@/components/widgets/shared/Tex';
import { CostCount } from '../shared/cost/CostCount';
import cost_ from '../shared/cost/cost.module.css';
import styles from './ConvCostCounter.module.css';
import ui from '../shared/widgetUi.module.css';

const Count = ({ label, n }: { label: string; n: number }) => <CostCount label={label} value={formatCount(n)} extra={formatCompact(n)} />;

/** The numbers for a valid layer: output shape with its formula, conv vs fully connected costs. */
export function CostResults({ cost, state }: { cost: ConvCost; state: ConvCostState }) {
  const { kernel: k, cin, bias } = state;
  const sameAxes = cost.axisH.n === cost.axisW.n;
  const axes = sameAxes ? ([[cost.axisH, 'H,W']] as const) : ([[cost.axisH, 'H'], [cost.axisW, 'W']] as const);
  const alt = S.chartAlt(formatCount(cost.params), formatCount(cost.fc.params), formatCount(cost.macs), formatCount(cost.fc.macs));
  return (
    <div className={ui.results}>
      <section>
        <h4 className={ui.heading} aria-live="polite">
          {S.output}: <span className={styles.shape}>{S.outputShape(cost.outH, cost.outW, cost.cout)}</span>
        </h4>
        {axes.map(([a, axis]) => (
          <div key={axis}>
            <p className={styles.axisLabel}>{sameAxes ? S.bothAxes : axis === 'H' ? S.heightAxis : S.widthAxis}</p>
            <Tex tex={axisTex(a, axis)} />
            {a.exact ? null : <p className={cost_.note}>{S.notWhole(a.raw, a.size, a.leftover, axis)}</p>}
          </div>
        ))}
      </section>
      <div className={`${cost_.compare} ${styles.compare}`}>
        <section className={`${ui.card} ${ui.convCard}`}>
          <h4 className={ui.heading}>{S.conv}</h4>
          <Count label={S.params} n={cost.params} />
          <Tex tex={paramsTex(cost, k, cin, bias)} />
          <Count label={S.macs} n={cost.macs} />
          <Tex tex={macsTex(cost, k, cin)} />
          {bias ? <p className={cost_.note}>{S.macsWithBias(formatCount(cost.outH * cost.outW * cost.cout * (cost.weightsPerKernel + 1)))}</p> : null}
        </section>
        <section className={`${ui.card} ${ui.fcCard}`}>
          <h4 className={ui.heading}>{S.fc}</h4>
          <p className={cost_.note}>{S.fcExplain(cost.fc.inputs, cost.fc.outputs)}</p>
          <Count label={S.params} n={cost.fc.params} />
          <Tex tex={fcParamsTex(cost, bias)} />
          <Count label={S.macs} n={cost.fc.macs} />
          <Tex tex={fcMacsTex(cost)} />
        </section>
      </div>
      <p className={`${ui.ratio} ${styles.ratio}`}>
        {cost.paramRatio === 1 ? S.ratioSame : S.ratio(formatRatio(cost.paramRatio), formatRatio(cost.macRatio))}{' '}
        {cost.paramRatio > 1 ? S.shareExplain : null}
      </p>
      <LogBars
        title={S.chartTitle}
        alt={alt}
        bars={[
          { label: S.barConvParams, value: cost.params, tone: 'conv' },
          { label: S.barFcParams, value: cost.fc.params, tone: 'fc' },
          { label: S.barConvMacs, value: cost.macs, tone: 'conv', gapBefore: true },
          { label: S.barFcMacs, value: cost.fc.macs, tone: 'fc' },
        ]}
      />
    </div>
  );
}

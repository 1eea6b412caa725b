import { formatCount } from '@/lib/format/numberFormat';
import type { ModuleCost } from '@/lib/nn/inceptionModule';
import { Alert } from '@/components/ui';
import type { ModuleEvaluation } from './evaluate';
import type { InceptionCostState } from './state';
import { S } from './strings';
import { CostCount } from '../shared/cost/CostCount';
import { LinearBars } from '../shared/cost/LinearBars';
import cost_ from '../shared/cost/cost.module.css';
import styles from './InceptionCost.module.css';
import ui from '../shared/widgetUi.module.css';

const share = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

/** Each branch's layers, multiplies and parameters as bars, then the module's totals. */
export function BranchBars({ result, state }: { result: Extract<ModuleEvaluation, { ok: true }>; state: InceptionCostState }) {
  const { cost, naive, reduced, warnings } = result;
  const both: ModuleCost[] = [naive, reduced];
  const maxMacs = Math.max(...both.flatMap((m) => m.branches.map((b) => b.macs)));
  const maxParams = Math.max(...both.flatMap((m) => m.branches.map((b) => b.params)));
  const [h, w, c] = cost.outShape;
  return (
    <div className={ui.results}>
      <section className={styles.totals} aria-live="polite" data-part="totals">
        <h4 className={ui.heading}>{S.total}</h4>
        <CostCount label={S.totalMacs} value={formatCount(cost.macs)} total="macs" />
        <CostCount label={S.totalParams} value={formatCount(cost.params)} total="params" />
        <CostCount label={S.output} value={S.outputShape(h, w, formatCount(c))} total="shape" />
        <p className={cost_.note}>{S.comparison(formatCount(naive.macs), formatCount(reduced.macs), share(reduced.macs, naive.macs))}</p>
        {state.reduce ? null : <p className={cost_.note}>{S.naiveGrows(state.cin, c)}</p>}
        {warnings.map((text) => (
          <Alert key={text} kind="warning" className={styles.warning}>
            {text}
          </Alert>
        ))}
      </section>
      <ul className={styles.branches} aria-label={S.barsCaption}>
        {cost.branches.map((b) => (
          <li key={b.id} className={`${ui.card} ${ui.convCard}`} data-branch={b.id}>
            <h5 className={styles.branchTitle}>
              {S.branch[b.id]} <span className={styles.branchOut}>{S.outChannels(b.out)}</span>
            </h5>
            <ul className={styles.layers}>
              {b.layers.map((l, i) => (
                <li key={i}>
                  {l.kind === 'pool' ? S.layerPool(l.cin) : S.layerConv(l.k, l.cin, l.cout)}
                  {l.kind === 'conv' ? <span className={styles.term}>{S.macsTerm(h, w, l.cout, l.k, l.cin, l.macs)}</span> : null}
                </li>
              ))}
            </ul>
            <LinearBars
              label={S.branchAlt(S.branch[b.id], formatCount(b.macs), formatCount(b.params))}
              bars={[
                { key: 'macs', label: S.mults, value: b.macs, max: maxMacs, color: 'var(--accent)', part: 'macs' },
                { key: 'params', label: S.params, value: b.params, max: maxParams, color: 'var(--highlight)', part: 'params' },
              ]}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

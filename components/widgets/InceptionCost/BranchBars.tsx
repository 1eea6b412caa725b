import { formatCount } from '@/lib/format/numberFormat';
import type { ModuleCost } from '@/lib/nn/inceptionModule';
import { Alert } from '@/components/ui';
import type { ModuleEvaluation } from './evaluate';
import type { InceptionCostState } from './state';
import { S } from './strings';
import styles from './InceptionCost.module.css';
import ui from '../shared/widgetUi.module.css';

const pct = (v: number, max: number) => `${max > 0 ? (100 * v) / max : 0}%`;
const share = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;

function Bar({ label, value, max, tone }: { label: string; value: number; max: number; tone: 'macs' | 'params' }) {
  return (
    <div className={styles.barRow}>
      <span className={styles.barLabel}>{label}</span>
      <span className={styles.barValue} data-value={tone}>
        {formatCount(value)}
      </span>
      <span className={styles.barTrack} aria-hidden="true">
        <span className={`${styles.bar} ${tone === 'macs' ? styles.barMacs : styles.barParams}`} style={{ width: pct(value, max) }} />
      </span>
    </div>
  );
}

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
        <p className={styles.count}>
          <span className={styles.countLabel}>{S.totalMacs}</span> <span className={styles.countValue} data-total="macs">{formatCount(cost.macs)}</span>
        </p>
        <p className={styles.count}>
          <span className={styles.countLabel}>{S.totalParams}</span> <span className={styles.countValue} data-total="params">{formatCount(cost.params)}</span>
        </p>
        <p className={styles.count}>
          <span className={styles.countLabel}>{S.output}</span> <span className={styles.countValue} data-total="shape">{S.outputShape(h, w, c)}</span>
        </p>
        <p className={styles.note}>{S.comparison(formatCount(naive.macs), formatCount(reduced.macs), share(reduced.macs, naive.macs))}</p>
        {state.reduce ? null : <p className={styles.note}>{S.naiveGrows(state.cin, c)}</p>}
        {warnings.map((text) => (
          <Alert key={text} kind="warning" className={styles.warning}>
            {text}
          </Alert>
        ))}
      </section>
      <ul className={styles.branches} aria-label={S.barsCaption}>
        {cost.branches.map((b) => (
          <li key={b.id} className={`${ui.card} ${styles.branch}`} data-branch={b.id}>
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
            <Bar label={S.macs} value={b.macs} max={maxMacs} tone="macs" />
            <Bar label={S.params} value={b.params} max={maxParams} tone="params" />
          </li>
        ))}
      </ul>
    </div>
  );
}

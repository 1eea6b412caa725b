import { LiveTex } from '@/components/widgets/shared/LiveTex';
import { MAXOUT_PRESETS } from '@/lib/activations/maxout';
import { describeSaturation } from './describe';
import type { ExplorerCurve } from './model';
import type { ExplorerState } from './state';
import { S } from './strings';
import styles from './ActivationExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

/** The formulas of the chosen function and what the computation says about it. */
export function Facts({ fTex, dTex, state, curve }: { fTex: string; dTex: string; state: ExplorerState; curve: ExplorerCurve | null }) {
  const range = S.range[state.fn];
  const params = S.params[state.fn];
  return (
    <div className={styles.facts}>
      <div className={`${ui.inset} ${styles.formulas}`}>
        <LiveTex tex={fTex} display />
        <LiveTex tex={dTex} display />
      </div>
      <dl className={styles.factList}>
        <div>
          <dt>{S.factRange}</dt>
          <dd>{typeof range === 'function' ? range(state.alpha) : range}</dd>
        </div>
        <div>
          <dt>{S.factMonotonic}</dt>
          <dd>{curve ? (curve.monotonic ? S.yes : S.no) : '…'}</dd>
        </div>
        <div>
          <dt>{S.factParams}</dt>
          <dd>{typeof params === 'function' ? params(MAXOUT_PRESETS[state.maxout].slopes.length) : params}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{S.factSaturating}</dt>
          <dd data-part="saturation">{curve ? describeSaturation(curve) : '…'}</dd>
        </div>
      </dl>
    </div>
  );
}

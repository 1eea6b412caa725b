import type { ChainLayer } from '@/lib/nn/layerChain';
import { formatCount } from '@/lib/format/numberFormat';
import type { WeightComparison } from './model';
import { S } from './strings';
import styles from './panels.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  layers: readonly ChainLayer[];
  comparison: WeightComparison;
  fieldSize: number;
  channels: number;
  /** Left off the widget on a slide (see ReceptiveFieldExplorer's slideHide). */
  slideHidden?: boolean;
}

const percent = (a: number, b: number) => `${Math.round((Math.abs(a - b) / b) * 100)}%`;

/** The stack against one dense kernel with the same field. */
export function WeightCompare({ layers, comparison: w, fieldSize, channels, slideHidden = false }: Props) {
  const kernels = layers.filter((l) => l.kind === 'conv').map((l) => l.kernel);
  const verdict = w.stackPerPair === w.singlePerPair ? S.compareSame : w.stackPerPair < w.singlePerPair ? S.compareFewer(percent(w.stackPerPair, w.singlePerPair)) : S.compareMore(percent(w.stackPerPair, w.singlePerPair));
  return (
    <section className={styles.panel} aria-label={S.compareHeading} data-slide-hidden={slideHidden ? '' : undefined}>
      <h4 className={ui.heading}>{S.compareHeading}</h4>
      <div className={styles.cards}>
        <div className={`${ui.card} ${ui.convCard}`} data-card="stack">
          <p className={styles.cardTitle}>{S.stackCard(w.convLayers, w.poolLayers)}</p>
          <dl className={styles.list}>
            <dt>{S.perPair}</dt>
            <dd>
              <span className={styles.mono}>
                {S.sumOfSquares(kernels)} = <strong data-value="stack-per-pair">{w.stackPerPair}</strong>
              </span>
            </dd>
            <dt>{S.withChannels(channels)}</dt>
            <dd className={styles.mono}>{formatCount(w.stack)}</dd>
          </dl>
        </div>
        <div className={`${ui.card} ${ui.fcCard}`} data-card="single">
          <p className={styles.cardTitle}>{S.singleCard(fieldSize)}</p>
          <dl className={styles.list}>
            <dt>{S.perPair}</dt>
            <dd>
              <span className={styles.mono}>
                {fieldSize}² = <strong data-value="single-per-pair">{w.singlePerPair}</strong>
              </span>
            </dd>
            <dt>{S.withChannels(channels)}</dt>
            <dd className={styles.mono}>{formatCount(w.single)}</dd>
          </dl>
        </div>
      </div>
      <p className={ui.ratio} aria-live="polite">
        {verdict} {w.dilated ? S.dilatedNote : ''}
      </p>
    </section>
  );
}

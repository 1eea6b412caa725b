import type { ChainLayer, LayerCost } from '@/lib/nn/layerChain';
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import type { WeightComparison } from './model';
import { S } from './strings';
import styles from './ReceptiveFieldExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  layers: readonly ChainLayer[];
  comparison: WeightComparison;
  costs: LayerCost[];
  fieldSize: number;
  channels: number;
}

const percent = (a: number, b: number) => `${Math.round((Math.abs(a - b) / b) * 100)}%`;

/** The stack against one kernel with the same field, and each layer's weights with and without sharing. */
export function WeightCompare({ layers, comparison: w, costs, fieldSize, channels }: Props) {
  const kernels = layers.filter((l) => l.kind === 'conv').map((l) => l.kernel);
  const verdict = w.stackPerPair === w.singlePerPair ? S.compareSame : w.stackPerPair < w.singlePerPair ? S.compareFewer(percent(w.stackPerPair, w.singlePerPair)) : S.compareMore(percent(w.stackPerPair, w.singlePerPair));
  const totals = costs.reduce((t, c) => ({ shared: t.shared + c.shared, local: t.local + c.local, full: t.full + c.full }), { shared: 0, local: 0, full: 0 });
  return (
    <section className={styles.compare} aria-label={S.compareHeading}>
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
      <h4 className={ui.heading}>{S.sharingHeading}</h4>
      {costs.length ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption>{S.sharingCaption(channels)}</caption>
            <thead>
              <tr>
                <th scope="col">{S.colLayer}</th>
                <th scope="col">{S.colShared}</th>
                <th scope="col">{S.colLocal}</th>
                <th scope="col">{S.colFull}</th>
              </tr>
            </thead>
            <tbody>
              {costs.map((c) => (
                <tr key={c.index}>
                  <th scope="row">{S.layerName(c.index)}</th>
                  <td className={styles.num}>{formatCount(c.shared)}</td>
                  <td className={styles.num}>{formatCompact(c.local)}</td>
                  <td className={styles.num}>{formatCompact(c.full)}</td>
                </tr>
              ))}
              {costs.length > 1 ? (
                <tr className={styles.totalRow}>
                  <th scope="row">{S.total}</th>
                  <td className={styles.num}>{formatCount(totals.shared)}</td>
                  <td className={styles.num}>{formatCompact(totals.local)}</td>
                  <td className={styles.num}>{formatCompact(totals.full)}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={styles.note}>{S.noConv}</p>
      )}
    </section>
  );
}

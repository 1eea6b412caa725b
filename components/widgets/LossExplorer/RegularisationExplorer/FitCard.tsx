import { formatNumber, type Fit } from './model';
import { WeightBars } from './WeightBars';
import { S } from './strings';
import styles from './RegularisationExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';

function Row({ label, value, strong, name }: { label: string; value: number; strong?: boolean; name: string }) {
  return (
    <div className={strong ? `${styles.row} ${styles.rowStrong}` : styles.row}>
      <dt>{label}</dt>
      <dd className={styles.num} data-risk={name}>
        {formatNumber(value)}
      </dd>
    </div>
  );
}

/** One penalty's weights and risks. */
export function FitCard({ fit, extent }: { fit: Fit; extent: number }) {
  const { penalty, risks } = fit;
  return (
    <section className={`${ui.card} ${penalty === 'l2' ? styles.cardL2 : styles.cardL1}`} data-penalty={penalty}>
      <h4 className={ui.heading}>{S.cardTitle[penalty]}</h4>
      <WeightBars penalty={penalty} w={fit.w} extent={extent} />
      <p className={styles.zeros} data-zeros={fit.zeros}>
        {fit.zeros > 0 ? S.zeros(fit.zeros) : S.noZeros}
      </p>
      <dl className={styles.risks}>
        <Row name="empirical" label={S.empirical} value={risks.empirical} />
        <Row name="penalty" label={S.penalty(S.penaltyFormula[penalty])} value={risks.penalty} />
        <Row name="weighted" label={S.weighted} value={risks.weightedPenalty} />
        <Row name="structural" label={S.structural} value={risks.structural} strong />
        <Row name="truth" label={S.truthError} value={fit.truthError} />
      </dl>
    </section>
  );
}

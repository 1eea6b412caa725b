'use client';
import { FASHION_CLASSES } from '@/lib/data/fashionMnist';
import { Figure } from '@/components/ui';
import { ImageThumb } from '@/components/widgets/shared/training';
import { softTargets } from './model';
import { S } from './strings';
import styles from './DistillationTrainer.module.css';

interface Props {
  pixels: Uint8Array;
  label: number;
  logits: Float32Array;
  temperature: number;
}

/** The teacher's ten probabilities for one image at T = 1 and at the chosen T, as labelled bars. */
export function SoftTargets({ pixels, label, logits, temperature }: Props) {
  const { hard, soft, top, entropy } = softTargets(logits, temperature);
  const pct = (v: number) => S.percent(v, v < 0.001 ? 2 : 1);
  const described = FASHION_CLASSES.map((c, i) => `${c} ${pct(soft[i])}`).join(', ');
  return (
    <div className={styles.soft}>
      <div className={styles.softHead}>
        <ImageThumb pixels={pixels} label={FASHION_CLASSES[label]} scale={3} />
        <p className={styles.truth}>{S.truth(FASHION_CLASSES[label], FASHION_CLASSES[top], pct(hard[top]))}</p>
      </div>
      <Figure caption={S.softCaption(temperature)} captionAbove>
        <ul className={styles.bars} role="img" aria-label={S.softLabel(temperature, described)} data-part="soft-targets" data-top={soft[top]}>
          {FASHION_CLASSES.map((c, i) => (
            <li key={c} className={styles.barRow} aria-hidden="true">
              <span className={styles.barName}>{c}</span>
              <span className={styles.barTrack}>
                <span className={styles.barHard} style={{ width: `${100 * hard[i]}%` }} />
                <span className={i === label ? styles.barSoftTrue : styles.barSoft} style={{ width: `${100 * soft[i]}%` }} />
              </span>
              <span className={styles.barValue}>{pct(soft[i])}</span>
            </li>
          ))}
        </ul>
      </Figure>
      <p className={styles.truth}>{S.entropy(entropy.toFixed(2), temperature)}</p>
    </div>
  );
}

import { LiveTex } from '../shared/LiveTex';
import type { StepTex } from './tex';
import type { Mode } from './state';
import { S } from './strings';
import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';

interface Props {
  tex: StepTex;
  channel: number;
  mode: Mode;
  momentumZero: boolean;
}

/** The four steps with this batch's numbers, then (training only) the running-average update. */
export function StepsPanel({ tex, channel, mode, momentumZero }: Props) {
  return (
    <section className={`${ui.card} ${styles.steps}`} data-part="steps">
      <h4 className={ui.heading}>{S.stepsHeading(channel, mode)}</h4>
      <ol className={styles.stepList}>
        {tex.steps.map((t, i) => (
          <li key={i}>
            <span className={styles.stepName}>{S.stepNames[i]}</span>
            <LiveTex tex={t} className={styles.stepTex} />
          </li>
        ))}
      </ol>
      {tex.update ? (
        <>
          <h4 className={ui.heading}>{S.updateHeading}</h4>
          <div className={styles.stepList}>
            {tex.update.map((t, i) => (
              <LiveTex key={i} tex={t} className={styles.stepTex} />
            ))}
          </div>
          {momentumZero ? <p className={styles.note}>{S.momentumZero}</p> : null}
        </>
      ) : (
        <p className={styles.note}>{S.evalNote}</p>
      )}
    </section>
  );
}

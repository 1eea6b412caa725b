import type { CrossEntropyReadout } from '@/lib/compute';
import { Tex } from '../../shared/Tex';
import { formatLogit, formatValue, texLogit, texValue } from './model';
import { S } from './strings';
import styles from './CrossEntropyExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';

/** The loss and how it was computed: −log p = logsumexp(z) − z_true, with the maximum subtracted first. */
export function LossReadout({ readout, name, trueLogit }: { readout: CrossEntropyReadout; name: string; trueLogit: number }) {
  const sumShifted = Math.exp(readout.logSumExp - readout.max);
  const label = `\\text{${name}}`;
  const lossTex = `\\begin{aligned} L &= -\\log p_{${label}} = \\log\\sum_j e^{z_j} - z_{${label}} \\\\ &= ${texValue(readout.logSumExp)} - ${texLogit(trueLogit)} = ${texValue(readout.loss)} \\end{aligned}`;
  const lseTex = `\\begin{aligned} \\log\\sum_j e^{z_j} &= m + \\log\\sum_j e^{z_j - m} \\\\ &= ${texLogit(readout.max)} + \\log ${texValue(sumShifted)} = ${texValue(readout.logSumExp)} \\end{aligned}`;
  const failed = readout.naiveProbs.some((p) => !Number.isFinite(p));
  const naiveP = readout.naiveProbs.find((p) => !Number.isFinite(p));
  return (
    <div className={styles.readout}>
      <p className={styles.lossLine} aria-live="polite">
        {S.lossLine(name)}: <span className={styles.lossValue} data-loss>{formatValue(readout.loss)}</span>
      </p>
      <div className={ui.inset}>
        <Tex tex={lossTex} />
        <p className={styles.subheading}>{S.stableHeading}, with m = max z:</p>
        <Tex tex={lseTex} />
      </div>
      <p className={failed ? styles.naiveFail : styles.naiveOk} data-naive={failed ? 'fails' : 'ok'}>
        {failed ? S.naiveFails(formatLogit(readout.max), formatValue(naiveP ?? Number.NaN)) : S.naiveOk(formatLogit(readout.max))}
      </p>
    </div>
  );
}

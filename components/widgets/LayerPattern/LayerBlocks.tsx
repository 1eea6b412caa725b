import type { LayerResult, LayerSpec } from '@/lib/nn/layerStack';
import { shapeLabel } from '@/lib/nn/layerStack';
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import { S } from './strings';
import styles from './LayerPattern.module.css';

function detail(layer: LayerSpec, last: boolean): string | null {
  switch (layer.kind) {
    case 'conv':
      return S.convDetail(layer.kernel, layer.cout);
    case 'pool':
      return S.poolDetail(layer.kernel, layer.stride ?? layer.kernel);
    case 'fc':
      return S.fcDetail(layer.units, last);
    default:
      return null;
  }
}

interface Props {
  inputLabel: string;
  results: LayerResult[];
  /** The layer the walk stopped at, drawn last and marked. */
  failed: LayerSpec | null;
}

/** The expanded sequence as an ordered list of blocks coloured by kind, each with its text. */
export function LayerBlocks({ inputLabel, results, failed }: Props) {
  const lastIndex = results.length - 1;
  return (
    <ol className={styles.blocks} aria-label={S.sequence}>
      <li className={`${styles.block} ${styles.input}`}>
        <span className={styles.kind}>{S.input}</span>
        <span className={styles.shape}>{inputLabel}</span>
      </li>
      {results.map((r) => (
        <li key={r.index} className={`${styles.block} ${styles[r.layer.kind]}`}>
          <span className={styles.kind}>{S.kinds[r.layer.kind]}</span>
          {detail(r.layer, failed === null && r.index === lastIndex) ? (
            <span className={styles.detail}>{detail(r.layer, failed === null && r.index === lastIndex)}</span>
          ) : null}
          <span className={styles.shape}>
            {S.out} {shapeLabel(r.outShape)}
          </span>
          <span className={styles.params} title={r.params > 0 ? formatCount(r.params) : undefined}>
            {r.params > 0 ? S.params(formatCompact(r.params)) : S.noParams}
          </span>
          {r.exact ? null : <span className={styles.warn}>{S.floored}</span>}
        </li>
      ))}
      {failed ? (
        <li className={`${styles.block} ${styles.failed}`}>
          <span className={styles.kind}>{S.kinds[failed.kind]}</span>
          {detail(failed, false) ? <span className={styles.detail}>{detail(failed, false)}</span> : null}
          <span className={styles.warn}>{S.stoppedHere}</span>
        </li>
      ) : null}
    </ol>
  );
}

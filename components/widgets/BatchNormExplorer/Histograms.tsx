import type { LayerKind } from '@/lib/batchNorm/syntheticBatch';
import { Figure } from '@/components/ui';
import { HistogramChart } from './HistogramChart';
import type { ExplorerView } from './model';
import type { Mode } from './state';
import { S } from './strings';
import styles from './BatchNormExplorer.module.css';

interface Props {
  view: ExplorerView;
  layer: LayerKind;
  mode: Mode;
  selected: number;
}

/** Per channel: the batch before the batch norm, and its output in the chosen mode (the other mode as an outline). */
export function Histograms({ view, layer, mode, selected }: Props) {
  const rows = view.channels.map((ch, c) => {
    const shown = mode === 'train' && ch.train ? ch.train : ch.eval;
    const other = shown === ch.eval ? ch.train : ch.eval;
    const shownMode: Mode = shown === ch.eval ? 'eval' : 'train';
    const before = S.stats(ch.input.summary.mean, ch.input.summary.sd);
    const after = S.stats(shown.summary.mean, shown.summary.sd);
    return (
      <section key={c} className={`${styles.channelRow} ${c === selected ? styles.selectedRow : ''}`} data-channel={c}>
        <h4 className={styles.channelHeading}>{S.channelHeading(c)}</h4>
        <div className={styles.pair}>
          <div className={styles.cell}>
            <p className={styles.cellTitle}>{S.before}</p>
            <HistogramChart
              hist={ch.input.hist}
              countMax={ch.countMax}
              marker={ch.input.summary.mean}
              tone="input"
              alt={S.histAlt(c, 'before', view.valuesPerChannel, ch.input.summary)}
            />
            <p className={styles.cellStats} data-part="before-stats">
              {before}
            </p>
          </div>
          <div className={styles.arrow} aria-hidden="true">
            →
          </div>
          <div className={styles.cell}>
            <p className={styles.cellTitle}>{ch.train ? S.after(shownMode) : S.afterOnlyEval}</p>
            <HistogramChart
              hist={shown.hist}
              outline={other?.hist}
              countMax={ch.countMax}
              marker={shown.summary.mean}
              tone="output"
              alt={S.histAlt(c, shownMode, view.valuesPerChannel, shown.summary)}
            />
            <p className={styles.cellStats} data-part="after-stats">
              {after}; {S.relu(shown.passRelu)}
            </p>
          </div>
        </div>
      </section>
    );
  });
  return (
    <Figure
      captionAbove
      caption={
        <>
          <span className={styles.pipeline} aria-hidden="true">
            <span>{layer === 'fc' ? 'FC' : 'Conv'}</span>→<span className={styles.pipelineBn}>BN</span>→<span>ReLU</span>
          </span>{' '}
          {S.figureCaption(layer)}
        </>
      }
    >
      <div className={styles.channels}>
        {rows}
      </div>
    </Figure>
  );
}

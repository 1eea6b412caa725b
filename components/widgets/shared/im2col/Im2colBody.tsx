import { useMemo } from 'react';
import { Slider } from '@/components/ui';
import type { ConvTrace } from '@/lib/compute/types';
import { signedPaint } from '@/components/widgets/shared/stepper/colors';
import { CellGrid, type GridCell } from '@/components/widgets/shared/stepper/CellGrid';
import { fmt, fmtTerm, maxAbs, MAX_WRITTEN_TERMS as MAX_TERMS } from '@/components/widgets/shared/stepper/format';
import { geometryOfTrace } from '@/components/widgets/shared/stepper/geometry';
import { OutputPanel } from '@/components/widgets/shared/stepper/OutputPanel';
import { PaddedInput } from '@/components/widgets/shared/stepper/PaddedInput';
import { valueRange, type InputImage } from '@/components/widgets/shared/stepper/presets';
import { Im2colMatrix } from './Im2colMatrix';
import { rowLabel } from './labels';
import { strings } from './strings';
import styles from './im2col.module.css';
import ui from '@/components/widgets/shared/widgetUi.module.css';

const KCELL = 36;

interface Props {
  trace: ConvTrace;
  image: InputImage;
  column: number;
  onSelect: (p: number) => void;
  /** Announce the chosen column's dot product (off when a linked stepper already announces). */
  live?: boolean;
}

/** Input windows → im2col columns; kernel row × matrix = output row, reshaped into the output map. */
export function Im2colBody({ trace, image, column, onSelect, live = false }: Props) {
  const geometry = useMemo(() => geometryOfTrace(trace), [trace]);
  const imageRange = useMemo(() => valueRange(image), [image]);
  const { inChannels: C, kh, kw, outChannels: O, outW } = trace;
  const P = geometry.positions;
  const K = C * kh * kw;
  const p = Math.min(Math.max(0, column), P - 1);
  const r = Math.floor(p / outW);
  const c = p % outW;

  const kernelCells = useMemo(() => {
    const m = maxAbs(trace.kernelRows);
    return Array.from({ length: O * K }, (_, n): GridCell => {
      const v = trace.kernelRows[n];
      return { paint: signedPaint(v, m), text: K <= 27 ? fmt(v) : undefined, title: `${rowLabel(n % K, C, kh, kw)}: ${fmt(v)}` };
    });
  }, [trace, O, K, C, kh, kw]);

  const dots = Array.from({ length: O }, (_, o) => {
    const terms = Array.from({ length: K }, (_, k) => `${fmtTerm(trace.kernelRows[o * K + k])}×${fmtTerm(trace.columns[k * P + p])}`);
    const sum = trace.sums[o * P + p];
    const lhs = K <= MAX_TERMS ? `${terms.join(' + ')} = ${fmt(sum)}` : `${strings.dotMany(K)} = ${fmt(sum)}`;
    return `${O > 1 ? `${o + 1}: ` : ''}${lhs} ${strings.plusBias(fmt(trace.bias[o]))} = ${fmt(trace.output[o * P + p])}`;
  });

  return (
    <div className={styles.body}>
      <p className={styles.intro}>{strings.intro(K, P)}</p>
      <div className={styles.top}>
        <figure className={styles.small}>
          <PaddedInput image={image} padding={trace.padding} geometry={geometry} step={p} label={strings.inputCaption(p)} maxCell={1.5} />
          <figcaption>{strings.inputCaption(p)}</figcaption>
        </figure>
        <figure className={styles.small}>
          <OutputPanel geometry={geometry} trace={trace} outChannels={O} step={p} onSelect={onSelect} fillAll maxCell={1.5} />
          <figcaption>{strings.outputCaption(geometry.outH, geometry.outW)}</figcaption>
        </figure>
      </div>
      <Slider
        className={styles.scrub}
        label={strings.columnLabel}
        value={p}
        min={0}
        max={P - 1}
        step={1}
        format={(v) => `${v + 1} / ${P}`}
        spoken={(v) => strings.columnValue(v, P, r, c)}
        onChange={onSelect}
      />
      <div className={styles.part}>
        <h5 className={styles.partTitle}>{strings.kernelRowTitle(O, K)}</h5>
        <svg className={styles.kernelRow} viewBox={`-2 -2 ${K * KCELL + 4} ${O * KCELL + 4}`} style={{ maxWidth: `${K * 2.25}rem` }} role="img" aria-label={strings.kernelRowTitle(O, K)}>
          <CellGrid rows={O} cols={K} size={KCELL} cells={kernelCells} />
        </svg>
      </div>
      <div className={styles.part}>
        <h5 className={styles.partTitle}>
          {strings.matrixTitle(K, P)} {strings.outputRowTitle(O, P)}
        </h5>
        <p className={styles.legend}>{strings.rowLegend(C)}</p>
        {P * (P <= 30 ? 36 : 14) > 480 ? (
          <p className={styles.scrollHint} aria-hidden="true">
            {strings.scrollHint(P)}
          </p>
        ) : null}
        <Im2colMatrix trace={trace} geometry={geometry} column={p} onSelect={onSelect} imageRange={imageRange} />
      </div>
      <div className={ui.inset} aria-live={live ? 'polite' : undefined}>
        <p className={styles.partTitle}>{strings.dotTitle(p)}</p>
        {dots.map((d) => (
          <p key={d} className={styles.dotLine}>
            {d} <span className={styles.muted}>{strings.toOutput(r, c)}</span>
          </p>
        ))}
      </div>
    </div>
  );
}

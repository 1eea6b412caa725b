import { useMemo } from 'react';
import type { ConvTrace } from '@/lib/compute/types';
import { CELL_FONT, fitFont, widestText } from './cellText';
import { channelPaint, grayPaint, signedPaint } from './colors';
import { CellGrid, type GridCell } from './CellGrid';
import { fmt, fmtTerm, maxAbs, MAX_WRITTEN_TERMS as MAX_TERMS } from './format';
import { inputCellOf } from '@/lib/compute/convWindow';
import type { Geometry } from './geometry';
import { detailWords as strings, strings as shared } from './strings';
import stepper from './stepper.module.css';
import styles from './detail.module.css';

const CELL = 36;
/** Drawn size of a cell in rem: small grids stay legible on a phone and grow on a projector. */
const CELL_REM = 1.55;
/** Long numbers (−0.82, −12.5) widen the cells, up to this factor, rather than shrink below the usual size. */
const MAX_GROW = 1.5;

interface Props {
  trace: ConvTrace;
  geometry: Geometry;
  step: number;
  /** Which kernel (output channel) to spell out. */
  focus: number;
  /** Exact labels (e.g. 1/9) for a one-channel preset kernel. */
  kernelLabels?: readonly string[];
  imageRange: [number, number];
  /** List what the other kernels make at this window (off for a layer of many kernels). */
  showOthers?: boolean;
  /** The widget's own layout of the channels' rows (the overview lays many channels out in columns). */
  className?: string;
}

/**
 * Window × kernel = products, per input channel, then the sum, the bias and the output value: the
 * convolution stepper's arithmetic, also the network overview's for one unit of a trained layer.
 */
export function DetailPanel({ trace, geometry, step: p, focus: o, kernelLabels, imageRange, showOthers = true, className }: Props) {
  const { inChannels: C, kh, kw, outH, outW, outChannels: O } = trace;
  const P = outH * outW;
  const area = kh * kw;
  const K = C * area;
  const productMax = useMemo(() => maxAbs(trace.products, o * P * K, (o + 1) * P * K), [trace, o, P, K]);
  const kernelMax = maxAbs(trace.kernelRows, o * K, (o + 1) * K);
  // The widest numbers any window of this trace shows, so the small grids keep their size as the
  // window moves (a grid that changed width could re-wrap the panel and shift the page below).
  const widest = useMemo(
    () => ({ windowCells: widestText(trace.columns), productCells: widestText(trace.products, o * P * K, (o + 1) * P * K), kernelCells: '' }),
    [trace, o, P, K],
  );

  const rows = Array.from({ length: C }, (_, c) => {
    const windowCells: GridCell[] = [];
    const kernelCells: GridCell[] = [];
    const productCells: GridCell[] = [];
    for (let k = c * area; k < (c + 1) * area; k++) {
      const i = Math.floor((k % area) / kw);
      const j = k % kw;
      const v = trace.columns[k * P + p];
      const pad = inputCellOf(geometry, p, i, j).isPadding;
      const paint = C === 3 ? channelPaint(c, v) : grayPaint(v, imageRange[0], imageRange[1]);
      windowCells.push({ paint, padding: pad, text: fmt(v) });
      const w = trace.kernelRows[o * K + k];
      kernelCells.push({ paint: signedPaint(w, kernelMax), text: C === 1 && kernelLabels ? kernelLabels[k] : fmt(w) });
      const x = trace.products[(o * P + p) * K + k];
      productCells.push({ paint: signedPaint(x, productMax), text: fmt(x) });
    }
    return { windowCells, kernelCells, productCells, partial: trace.channelSums[(o * P + p) * C + c] };
  });

  const sum = trace.sums[o * P + p];
  const bias = trace.bias[o];
  const out = trace.output[o * P + p];

  const products = Array.from({ length: K }, (_, k) => trace.products[(o * P + p) * K + k]);
  const sumText =
    C > 1
      ? rows.map((r, c) => `${shared.channelShort(c, C)} ${fmtTerm(r.partial)}`).join(' + ')
      : K <= MAX_TERMS
        ? products.map((x) => fmtTerm(x)).join(' + ')
        : null;
  // A kind of small grid (windows, kernels, products) is widened when its longest number needs a
  // smaller font, so the numbers are drawn at about the usual size; the channels' rows stay aligned.
  const look = (kind: 'windowCells' | 'kernelCells' | 'productCells') => {
    const fontSize = fitFont([...rows.flatMap((r) => r[kind].map((x) => x.text)), widest[kind]], CELL);
    return { fontSize, grow: Math.min(MAX_GROW, Math.max(1, Math.round(CELL * CELL_FONT) / fontSize)) };
  };
  const looks = { windowCells: look('windowCells'), kernelCells: look('kernelCells'), productCells: look('productCells') };
  const grid = (cells: GridCell[], { fontSize, grow }: { fontSize: number; grow: number }, caption: string, showCaption: boolean) => (
    <figure className={stepper.mini}>
      {showCaption ? <figcaption>{caption}</figcaption> : null}
      <svg viewBox={`-1 -1 ${kw * CELL + 2} ${kh * CELL + 2}`} style={{ width: `${kw * CELL_REM * grow}rem` }} role="img" aria-label={`${caption}: ${cells.map((x) => x.text).join(', ')}`}>
        <CellGrid rows={kh} cols={kw} size={CELL} cells={cells} fontSize={fontSize} />
      </svg>
    </figure>
  );

  return (
    <div className={className ? `${stepper.detail} ${className}` : stepper.detail}>
      {rows.map((r, c) => (
        <div key={c} className={`${stepper.productRow} ${styles.row}`}>
          {C > 1 ? (
            <span className={styles.channelLabel} title={shared.channelName(c, C)}>
              {shared.channelShort(c, C)}
            </span>
          ) : null}
          <span className={styles.group}>
            {grid(r.windowCells, looks.windowCells, strings.windowCaption, c === 0)}
            <span className={styles.op} aria-hidden="true">
              ×
            </span>
            {grid(r.kernelCells, looks.kernelCells, strings.kernelCaption, c === 0)}
          </span>
          <span className={styles.group}>
            <span className={styles.op} aria-hidden="true">
              =
            </span>
            {grid(r.productCells, looks.productCells, strings.productsCaption, c === 0)}
            {C > 1 ? <span className={styles.partial}>{`${strings.partialSum} ${fmt(r.partial)}`}</span> : null}
          </span>
        </div>
      ))}
      <dl className={stepper.equation}>
        <dt>{K <= MAX_TERMS || C > 1 ? strings.sumOfProducts : strings.sumOfMany(K)}</dt>
        <dd>
          {sumText ? `${sumText} = ` : ''}
          <strong>{fmt(sum)}</strong>
        </dd>
        <dt>{strings.plusBias}</dt>
        <dd>
          {fmt(sum)} + {fmtTerm(bias)} = <strong className={styles.outputValue}>{fmt(out)}</strong>
        </dd>
      </dl>
      {O > 1 && showOthers ? <OtherKernels trace={trace} step={p} focus={o} /> : null}
    </div>
  );
}

function OtherKernels({ trace, step: p, focus }: { trace: ConvTrace; step: number; focus: number }) {
  const { inChannels: C, outChannels: O, outH, outW } = trace;
  const P = outH * outW;
  return (
    <div className={styles.others}>
      <p className={styles.othersTitle}>{strings.otherKernels}</p>
      <ul>
        {Array.from({ length: O }, (_, o) => o)
          .filter((o) => o !== focus)
          .map((o) => {
            const parts = Array.from({ length: C }, (_, c) => `${shared.channelShort(c, C)} ${fmtTerm(trace.channelSums[(o * P + p) * C + c])}`);
            return (
              <li key={o}>
                {strings.focusOption(o)}: {parts.join(' + ')} + {fmtTerm(trace.bias[o])} = <strong>{fmt(trace.output[o * P + p])}</strong>
              </li>
            );
          })}
      </ul>
    </div>
  );
}

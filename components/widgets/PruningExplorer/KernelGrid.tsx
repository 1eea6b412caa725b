'use client';
import { S } from './strings';
import styles from './PruningExplorer.module.css';

interface Props {
  /** A conv kernel [k, k, 1, filters] in TensorFlow's order (filters last). */
  kernel: Float32Array;
  /** The same kernel with the pruned weights set to zero. */
  pruned: Float32Array;
  k: number;
  filters: number;
}

const CELL = 11;
const GAP = 6;

/** The first layer's filters as small grids: colour = sign and size of the weight, an empty cell = pruned. */
export function KernelGrid({ kernel, pruned, k, filters }: Props) {
  const max = Math.max(...kernel.map(Math.abs)) || 1;
  const zeros = pruned.filter((v) => v === 0).length;
  const side = k * CELL;
  const perRow = 8;
  const rows = Math.ceil(filters / perRow);
  const width = perRow * (side + GAP) - GAP;
  const height = rows * (side + GAP) - GAP;
  return (
    <figure className={styles.kernels}>
      <figcaption className={styles.caption}>{S.kernelsCaption}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={S.kernelsLabel(filters, zeros, kernel.length)} className={styles.kernelSvg}>
        {Array.from({ length: filters }, (_, f) => {
          const ox = (f % perRow) * (side + GAP);
          const oy = Math.floor(f / perRow) * (side + GAP);
          return (
            <g key={f} transform={`translate(${ox},${oy})`}>
              {Array.from({ length: k * k }, (_, c) => {
                const i = c * filters + f;
                const gone = pruned[i] === 0;
                const v = kernel[i];
                return (
                  <rect
                    key={c} x={(c % k) * CELL} y={Math.floor(c / k) * CELL} width={CELL - 1} height={CELL - 1}
                    className={gone ? styles.prunedCell : v >= 0 ? styles.posCell : styles.negCell}
                    fillOpacity={gone ? undefined : 0.25 + 0.75 * (Math.abs(v) / max)}
                  />
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

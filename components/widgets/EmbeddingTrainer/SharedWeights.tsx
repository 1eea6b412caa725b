'use client';
import { S } from './strings';
import type { LossKind } from './state';
import styles from './EmbeddingTrainer.module.css';

const ROW = 44;
const W = 430;

/** The branches of the loss (2, 3 or 4), each the same CNN, all joined to one weight tensor W. */
export function SharedWeights({ loss, params }: { loss: LossKind; params: string }) {
  const names = S.shared.branchNames[loss];
  const n = names.length;
  const wTop = 8 + n * ROW + 14;
  const height = wTop + 40;
  const cx = 215;
  return (
    <figure className={styles.shared} data-part="shared-weights" data-branches={n}>
      <svg viewBox={`0 0 ${W} ${height}`} className={styles.sharedSvg} role="img" aria-label={S.shared.caption(n, params)}>
        <defs>
          <marker id="et-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
            <path d="M0,0 L8,4 L0,8 z" className={styles.arrowHead} />
          </marker>
        </defs>
        {/* The spine: every CNN box sits on the same line that runs into W. */}
        <line x1={cx} y1={8 + ROW / 2} x2={cx} y2={wTop} className={styles.spine} />
        {names.map((name, i) => {
          const y = 8 + i * ROW;
          return (
            <g key={name}>
              <text x={100} y={y + ROW / 2 - 6} dy="0.35em" textAnchor="end" className={styles.svgText}>{name}</text>
              <line x1={104} y1={y + ROW / 2 - 6} x2={140} y2={y + ROW / 2 - 6} className={styles.arrow} markerEnd="url(#et-arrow)" />
              <rect x={145} y={y + 2} width={140} height={ROW - 16} rx={5} className={styles.cnnBox} />
              <text x={cx} y={y + ROW / 2 - 6} dy="0.35em" textAnchor="middle" className={styles.svgText}>{S.shared.cnn}</text>
              <line x1={290} y1={y + ROW / 2 - 6} x2={324} y2={y + ROW / 2 - 6} className={styles.arrow} markerEnd="url(#et-arrow)" />
              <text x={330} y={y + ROW / 2 - 6} dy="0.35em" className={styles.svgText}>{S.shared.out}</text>
            </g>
          );
        })}
        <rect x={cx - 95} y={wTop} width={190} height={32} rx={5} className={styles.weightsBox} />
        <text x={cx} y={wTop + 16} dy="0.35em" textAnchor="middle" className={styles.svgTextStrong}>{S.shared.weights(params)}</text>
      </svg>
      <figcaption className={styles.caption}>{S.shared.caption(n, params)}</figcaption>
    </figure>
  );
}

'use client';
import { useMemo, useRef } from 'react';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert, Slider } from '@/components/ui';
import { LossCharts } from './LossCharts';
import { PointTable } from './PointTable';
import { BETA, CURVE_ERRORS, fmt, schema } from './state';
import { ISSUES, S } from './strings';
import styles from './RegressionLossExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';
import layout from '../../shared/layout.module.css';

export interface RegressionLossExplorerProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** Smooth L1's β, 0 to 2 (default 1, as in Fast R-CNN). */
  beta?: number;
  /** The error the point starts at, −3 to 3 (default 2). */
  error?: number;
}

/** Why smooth L1 at the reader's error, in one sentence, from the computed gradients. */
function explanation(error: number, beta: number, l2grad: number, smoothGrad: number) {
  if (error === 0) return S.atTarget;
  if (beta === 0) return S.smoothIsL1;
  if (Math.abs(error) >= beta) return S.outside(fmt(error), fmt(l2grad), fmt(Math.abs(l2grad / smoothGrad)));
  return S.inside(fmt(smoothGrad));
}

export function RegressionLossExplorer({ id, title = S.title, ...props }: RegressionLossExplorerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const curves = useMemo(() => (compute ? compute.regressionLossCurves(CURVE_ERRORS, state.beta) : null), [compute, state.beta]);
  const point = useMemo(() => (compute ? compute.regressionLossesAt(state.error, state.beta) : null), [compute, state.error, state.beta]);
  return (
    <WidgetFrame name="LossExplorer" part="regression" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={rootRef} className={`${ui.focusScope} ${layout.stack}`}>
        <div className={ui.controlBar}>
          <Slider className={styles.betaScrub} label={S.betaLabel} value={state.beta} min={BETA.min} max={BETA.max} step={BETA.step} format={(b) => `β = ${fmt(b)}`} onChange={(beta) => set({ beta })} />
        </div>
        {loadError ? (
          <Alert>{loadError}</Alert>
        ) : !curves || !point ? (
          <p className={ui.loading}>{S.loading}</p>
        ) : (
          <>
            <LossCharts curves={curves} point={point} error={state.error} beta={state.beta} onMove={(d) => set({ error: d })} />
            <div className={styles.results}>
              <PointTable point={point} error={state.error} beta={state.beta} />
              <p className={styles.why} aria-live="polite">
                {explanation(state.error, state.beta, point.grad.l2, point.grad.smoothL1)}
              </p>
            </div>
          </>
        )}
      </div>
    </WidgetFrame>
  );
}

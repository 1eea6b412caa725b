'use client';
import { useMemo, useRef } from 'react';
import { LiveTex } from '@/components/widgets/shared/LiveTex';
import { Alert, Checkbox, NumberField, Segmented, Slider } from '@/components/ui';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { FlowFigure } from './FlowFigure';
import { sci, sciTex } from './model';
import { ACTIVATIONS, ARCHITECTURES, INIT_SCALE_STEP, fieldIssue, schema, type GradientFlowState } from './state';
import { ISSUES, numberMessage, S } from './strings';
import { TrainingPanel } from './TrainingPanel';
import styles from './GradientFlow.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

export interface GradientFlowProps {
  id: string;
  title?: string;
  depth?: number;
  architecture?: GradientFlowState['architecture'];
  activation?: GradientFlowState['activation'];
  batchNorm?: boolean;
  initScale?: number;
  seed?: number;
}

export function GradientFlow({ id, title = S.title, ...props }: GradientFlowProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error } = useCompute(ref);
  const { depth, architecture, activation, batchNorm, initScale, seed } = state;
  const issue = fieldIssue('depth', depth) ?? fieldIssue('initScale', initScale) ?? fieldIssue('seed', seed);
  const invalid = issue ? numberMessage(issue) : null;
  const result = useMemo(
    () => (compute && !invalid ? compute.gradientFlow({ depth, architecture, activation, batchNorm, initScale, seed }) : null),
    [compute, invalid, depth, architecture, activation, batchNorm, initScale, seed],
  );
  const block = Math.min(state.block, depth);
  const residual = architecture === 'residual';
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const slider = (field: 'depth' | 'initScale') => (
    <Slider
      label={S.labels[field]}
      min={schema.fields[field].min}
      max={schema.fields[field].max}
      step={field === 'depth' ? 1 : INIT_SCALE_STEP}
      value={state[field]}
      format={field === 'depth' ? String : (v) => v.toFixed(2)}
      onChange={(v) => set({ [field]: v })}
    />
  );

  let body;
  if (error) body = <Alert>{error}</Alert>;
  else if (invalid) body = <Alert id={errorId} title={S.invalidHeading}>{invalid}</Alert>;
  else if (!result) body = <p className={ui.loading}>{S.loading}</p>;
  else {
    const ratio = result.firstOverLast;
    const archName = S.archNames[architecture];
    const f = result.factors[block - 1];
    const prev = result.norms[block - 1];
    const next = result.norms[block];
    const jacobian = residual
      ? String.raw`\frac{\partial h_l}{\partial h_{l-1}} = \frac{\partial F}{\partial h_{l-1}} + I`
      : String.raw`\frac{\partial h_l}{\partial h_{l-1}} = \frac{\partial F}{\partial h_{l-1}}`;
    const chain = residual
      ? String.raw`\frac{\partial L}{\partial h_{l-1}} = \frac{\partial L}{\partial h_l}\frac{\partial F}{\partial h_{l-1}} + \frac{\partial L}{\partial h_l}`
      : String.raw`\frac{\partial L}{\partial h_{l-1}} = \frac{\partial L}{\partial h_l}\frac{\partial F}{\partial h_{l-1}}`;
    const measured = String.raw`\frac{\|\partial L/\partial h_{${block - 1}}\|}{\|\partial L/\partial h_{${block}}\|} = \frac{${sciTex(prev, 3)}}{${sciTex(next, 3)}} = ${sciTex(f, 3)}`;
    const lo = Math.min(...result.factors);
    const hi = Math.max(...result.factors);
    body = (
      <div className={ui.results}>
        <p className={ui.ratio} aria-live="polite" data-part="summary" data-ratio={ratio}>
          {S.summary(depth, archName, S.actNames[activation], batchNorm, sci(ratio))} {S.verdict(ratio)}
        </p>
        {residual && !batchNorm && result.finalScale > 1e3 ? <p className={styles.note}>{S.blewUp(sci(result.finalScale))}</p> : null}
        <p id={hintId} className={styles.note}>{S.figureHint}</p>
        <FlowFigure
          result={result}
          residual={residual}
          block={block}
          onBlock={(b) => set({ block: b })}
          label={S.figureLabel(depth, archName, sci(result.norms[1], 3), sci(result.norms[depth], 3))}
          hintId={hintId}
        />
        <div className={`${ui.card} ${styles.derivation}`}>
          <LiveTex tex={jacobian} display />
          <LiveTex tex={chain} display />
          <LiveTex tex={measured} display />
          <p data-part="block" aria-live="polite">
            {residual ? S.blockResidual(block, sci(f, 3), sci(next, 3), sci(result.branchNorms[block - 1], 3)) : S.blockPlain(block, sci(f, 3))}{' '}
            {S.factorRange(sci(lo, 3), sci(hi, 3))}
          </p>
        </div>
      </div>
    );
  }

  return (
    <WidgetFrame name="GradientFlow" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.panel} ${ui.focusScope} ${layout.stack}`}>
        {slider('depth')}
        <div className={layout.row}>
          <Segmented variant="chips" name={`${id}-arch`} legend={S.archLegend} options={ARCHITECTURES} value={architecture} label={(v) => S.archNames[v]} onChange={(v) => set({ architecture: v })} />
          <Segmented variant="chips" name={`${id}-act`} legend={S.actLegend} options={ACTIVATIONS} value={activation} label={(v) => S.actNames[v]} onChange={(v) => set({ activation: v })} />
        </div>
        <div className={layout.row}>
          <Checkbox label={S.bnLabel} checked={batchNorm} onChange={(v) => set({ batchNorm: v })} />
          <NumberField label={S.labels.seed} value={seed} min={schema.fields.seed.min} max={schema.fields.seed.max} onChange={(v) => set({ seed: v })} invalid={Boolean(fieldIssue('seed', seed))} errorId={errorId} />
        </div>
        {slider('initScale')}
      </div>
      <div ref={ref} className={styles.output}>
        {body}
        {compute && !invalid ? <TrainingPanel id={id} compute={compute} state={state} onDepth={(d) => set({ trainDepth: d })} /> : null}
      </div>
    </WidgetFrame>
  );
}

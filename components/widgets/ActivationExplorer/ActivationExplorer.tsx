'use client';
import { useMemo, useRef } from 'react';
import { MAXOUT_PRESETS, MAXOUT_PRESET_NAMES } from '@/lib/activations/maxout';
import { Alert, Segmented, Slider } from '@/components/ui';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { CurvePlot } from './CurvePlot';
import { Facts } from './Facts';
import { describeSaturation } from './describe';
import { CURVE_NAMES, explorerCurve, num, pointAt } from './model';
import { ALPHA_RANGE, SLOPE_RANGE, schema } from './state';
import { ISSUES, S } from './strings';
import styles from './ActivationExplorer.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type ActivationExplorerProps = WidgetProps<typeof schema>;

export function ActivationExplorer({ id, title = S.title, ...props }: ActivationExplorerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const figureRef = useRef<HTMLDivElement>(null);
  const { compute, error } = useCompute(figureRef);
  const hintId = `${id}-hint`;
  const { fn: name, negativeSlope, alpha, maxout: preset } = state;
  const curve = useMemo(() => {
    if (!compute) return null;
    try {
      return { ok: true as const, curve: explorerCurve(compute, { fn: name, negativeSlope, alpha, maxout: preset }) };
    } catch (e) {
      return { ok: false as const, error: String(e) };
    }
  }, [compute, name, negativeSlope, alpha, preset]);
  const settings = { fn: name, negativeSlope, alpha, maxout: preset };
  const point = compute && curve?.ok ? pointAt(compute, settings, curve.curve, state.x) : null;
  const [fTex, dTex] = S.formula(name, negativeSlope, alpha, MAXOUT_PRESETS[preset]);

  return (
    <WidgetFrame name="ActivationExplorer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.panel} ${ui.focusScope} ${layout.stack}`}>
        <Segmented variant="chips" name={`${id}-fn`} legend={S.fnLegend} options={CURVE_NAMES} value={name} label={(v) => S.names[v]} onChange={(v) => set({ fn: v })} />
        {name === 'leaky_relu' ? (
          <RangeField label={S.slopeLabel} range={SLOPE_RANGE} value={negativeSlope} onChange={(v) => set({ negativeSlope: v })} />
        ) : null}
        {name === 'elu' ? <RangeField label={S.alphaLabel} range={ALPHA_RANGE} value={alpha} onChange={(v) => set({ alpha: v })} /> : null}
        {name === 'maxout' ? (
          <Segmented variant="chips" name={`${id}-maxout`} legend={S.maxoutLegend} options={MAXOUT_PRESET_NAMES} value={preset} label={(v) => S.maxoutPresets[v]} onChange={(v) => set({ maxout: v })} />
        ) : null}
      </div>
      <Facts fTex={fTex} dTex={dTex} state={state} curve={curve?.ok ? curve.curve : null} />
      <div ref={figureRef} className={`${ui.focusScope} ${styles.figure}`}>
        {error ? (
          <Alert>{error}</Alert>
        ) : curve && !curve.ok ? (
          <Alert>{S.failed(curve.error)}</Alert>
        ) : curve && point ? (
          <>
            <CurvePlot
              curve={curve.curve}
              point={point}
              pieces={name === 'maxout' ? MAXOUT_PRESETS[preset] : null}
              onMove={(v) => set({ x: v })}
              hintId={hintId}
              alt={S.alt(S.names[name], num(curve.curve.values[0]), num(curve.curve.values[curve.curve.values.length - 1]), num(Math.max(...curve.curve.slopes)), describeSaturation(curve.curve))}
            />
            <p id={hintId} className={layout.hint}>{S.hint}</p>
            <p className={layout.readout} aria-live="polite">
              {S.readout(num(point.x, 2), num(point.value), num(point.slope), point.slope === 0 ? 'zero' : point.saturating ? 'saturating' : 'fine')}
            </p>
          </>
        ) : (
          <p className={ui.loading}>{S.loading}</p>
        )}
      </div>
    </WidgetFrame>
  );
}

function RangeField({ label, range: [min, max, step], value, onChange }: { label: string; range: readonly [number, number, number]; value: number; onChange: (v: number) => void }) {
  return <Slider label={label} min={min} max={max} step={step} value={value} onChange={onChange} format={(v) => num(v, 2)} />;
}

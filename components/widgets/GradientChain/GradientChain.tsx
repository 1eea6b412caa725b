'use client';
import { useMemo, useRef } from 'react';
import { Alert, Slider } from '@/components/ui';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { ChainChart } from './ChainChart';
import { chainResults, sci, sigmoidBound, superscript } from './model';
import { STEPS, schema, type ChainState } from './state';
import { ISSUES, S } from './strings';
import styles from './GradientChain.module.css';
import ui from '../shared/widgetUi.module.css';
import table from '@/components/ui/table.module.css';

export interface GradientChainProps {
  id: string;
  title?: string;
  depth?: number;
  x0?: number;
  weight?: number;
}

const inverseText = (depth: number) => {
  const v = 4 ** depth;
  return v < 1e7 ? v.toLocaleString('en-US') : sci(v, 2);
};

export function GradientChain({ id, title = S.title, ...props }: GradientChainProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error } = useCompute(ref);
  const results = useMemo(() => (compute ? chainResults(compute, state) : null), [compute, state]);
  const n = state.depth;
  const slider = (field: keyof ChainState) => {
    const { min, max } = schema.fields[field];
    return (
      <Slider key={field} label={S.labels[field]} min={min} max={max} step={STEPS[field]} value={state[field]} onChange={(v) => set({ [field]: v })} format={(v) => String(v).replace('-', '\u2212')} />
    );
  };
  return (
    <WidgetFrame name="GradientChain" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.panel} ${ui.focusScope} ${styles.controls}`}>{(['depth', 'x0', 'weight'] as const).map(slider)}</div>
      <div ref={ref} className={ui.results}>
        {error ? (
          <Alert>{error}</Alert>
        ) : !results ? (
          <p className={ui.loading}>{S.loading}</p>
        ) : (
          <>
            <p className={ui.ratio} aria-live="polite" data-part="bound">
              {S.boundLine(n, superscript(n), sci(sigmoidBound(n)), inverseText(n))}
            </p>
            <ChainChart
              results={results}
              depth={n}
              alt={S.alt(n, ...(results.map((r) => sci(r.products[n - 1])) as [string, string, string]), sci(sigmoidBound(n)))}
            />
            {/* Focusable so the table can be scrolled sideways from the keyboard on a phone. */}
            <div className={table.scroll} tabIndex={0} role="region" aria-label={S.tableCaption(n)}>
              <table className={`${table.table} ${styles.table}`}>
                <caption>{S.tableCaption(n)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{S.colFn}</th>
                    <th scope="col">{S.colFirst}</th>
                    <th scope="col">{S.colLast(n)}</th>
                    <th scope="col">{S.colProduct}</th>
                    <th scope="col">{S.colGradient}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.map((r) => (
                    <tr key={r.fn} data-fn={r.fn}>
                      <th scope="row">{S.names[r.fn]}</th>
                      <td>{sci(r.slopes[0], 3)}</td>
                      <td>{sci(r.slopes[n - 1], 3)}</td>
                      <td data-part="product">{sci(r.products[n - 1])}</td>
                      <td>{sci(r.gradient)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {results[2].products[n - 1] === 0 ? <p className={styles.note}>{S.reluDead}</p> : null}
          </>
        )}
      </div>
    </WidgetFrame>
  );
}

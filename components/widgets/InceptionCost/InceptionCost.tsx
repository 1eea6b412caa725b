'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert, Button, Segmented } from '@/components/ui';
import { NumberFields } from '../shared/NumberFields';
import { BranchBars } from './BranchBars';
import { FactorisationPanel } from './FactorisationPanel';
import { evaluateModule } from './evaluate';
import { CS231N, INCEPTION_3A, moduleFields, schema, type InceptionCostState } from './state';
import { ISSUES, S } from './strings';
import styles from './InceptionCost.module.css';
import ui from '../shared/widgetUi.module.css';

export interface InceptionCostProps extends Partial<InceptionCostState> {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
}

/** An Inception module's multiplies and parameters, branch by branch, naive or with 1×1
 * reductions, and the weights saved by factorising an n×n kernel. */
export function InceptionCost({ id, title = S.title, ...props }: InceptionCostProps) {
  const { state, set, reset, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const result = evaluateModule(state);
  const errorId = `${id}-error`;
  return (
    <WidgetFrame name="InceptionCost" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.focusScope} ${styles.root}`}>
        <div className={`${ui.panel} ${styles.modes}`}>
          <Segmented
            variant="chips"
            name={`${id}-mode`}
            legend={S.modeLegend}
            options={['naive', 'reduced'] as const}
            value={state.reduce ? 'reduced' : 'naive'}
            label={(v) => (v === 'reduced' ? S.reduced : S.naive)}
            onChange={(v) => set({ reduce: v === 'reduced' })}
          />
          <span className={styles.presets} role="group" aria-label={S.presetsLabel}>
            <Button onClick={() => set({ ...CS231N })}>{S.presetCs231n}</Button>
            <Button onClick={() => set({ ...INCEPTION_3A })}>{S.presetInception3a}</Button>
            <Button onClick={reset}>{S.reset}</Button>
          </span>
        </div>
        <fieldset className={`${ui.panel} ${ui.fieldGrid} ${styles.fields}`}>
          <legend className={ui.panelLegend}>{S.moduleLegend}</legend>
          <NumberFields fields={moduleFields(state.reduce)} label={(f) => S.fields[f]} values={state} limits={schema.fields} onChange={(f, v) => set({ [f]: v })} invalidField={result.ok ? null : result.field} errorId={errorId} />
        </fieldset>
        {result.ok ? (
          <BranchBars result={result} state={state} />
        ) : (
          <Alert id={errorId} title={S.invalidHeading}>
            {result.error}
          </Alert>
        )}
        <FactorisationPanel id={id} n={state.n} onChange={(n) => set({ n })} />
      </div>
    </WidgetFrame>
  );
}

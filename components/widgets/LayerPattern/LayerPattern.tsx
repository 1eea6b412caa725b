'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert, Checkbox, SelectField } from '@/components/ui';
import { SchemaNumberField } from '@/components/widgets/shared/SchemaNumberField';
import { Totals } from '@/components/widgets/shared/Totals';
import { wordIssue } from '@/components/widgets/shared/frame/issueStrings';
import { formatCompact, formatCount } from '@/lib/format/numberFormat';
import { shapeLabel } from '@/lib/nn/layerStack';
import { evaluatePattern, fcShare, patternString, stageChannels, type PatternState } from './expand';
import { LayerBlocks } from './LayerBlocks';
import { schema, stateError, type NumericField } from './state';
import { ISSUES, S } from './strings';
import styles from './LayerPattern.module.css';
import ui from '../shared/widgetUi.module.css';

export interface LayerPatternProps extends Partial<PatternState> {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** Units of the last FC layer (default 10). */
  classes?: number;
}

function Choice({ field, value, onChange }: { field: 'n' | 'm' | 'k'; value: number; onChange: (v: number) => void }) {
  const { min, max } = schema.fields[field];
  const options = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return <SelectField label={S.fields[field]} value={value} options={options} onChange={onChange} />;
}

export function LayerPattern({ id, title = S.title, classes = 10, ...props }: LayerPatternProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const problem = stateError(state);
  const errorId = `${id}-error`;
  const number = (f: Exclude<NumericField, 'n' | 'm' | 'k'>) => (
    <SchemaNumberField key={f} spec={schema.fields[f]} field={f} label={S.fields[f]} state={state} set={set} invalid={problem?.field === f} errorId={errorId} />
  );
  return (
    <WidgetFrame name="LayerPattern" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <fieldset className={`${ui.panel} ${ui.fieldGrid} ${styles.controls}`}>
        <legend className={ui.panelLegend}>{S.controlsLegend}</legend>
        {(['n', 'm', 'k'] as const).map((f) => (
          <Choice key={f} field={f} value={state[f]} onChange={(v) => set({ [f]: v })} />
        ))}
        <Checkbox className={styles.check} label={S.pool} checked={state.pool} onChange={(pool) => set({ pool })} />
        {number('side')}
        {number('channels')}
        {number('base')}
        {state.k > 0 ? number('fcUnits') : null}
      </fieldset>
      {problem ? (
        <Alert id={errorId}>{wordIssue(problem.issue, ISSUES.label)}</Alert>
      ) : (
        <PatternView state={state} classes={classes} />
      )}
    </WidgetFrame>
  );
}

function PatternView({ state, classes }: { state: PatternState; classes: number }) {
  const { layers, stack, maxPools } = evaluatePattern(state, classes);
  const channels = Array.from({ length: state.m }, (_, i) => stageChannels(state.base, i)).join(', ');
  return (
    <div className={styles.results}>
      <p className={styles.pattern}>
        <span className={styles.patternLabel}>{S.pattern}:</span> <code aria-live="polite">{patternString(state)}</code>
      </p>
      <p className={styles.note}>{S.channelsNote(channels)}</p>
      <LayerBlocks
        inputLabel={shapeLabel([state.channels, state.side, state.side])}
        results={stack.layers}
        failed={stack.ok ? null : (layers[stack.failedAt] ?? null)}
      />
      {stack.ok ? (
        <Totals
          items={[
            { label: S.totalParams, value: formatCount(stack.totals.params), extra: formatCompact(stack.totals.params), part: 'params' },
            { label: S.totalMacs, value: formatCount(stack.totals.macs), extra: formatCompact(stack.totals.macs), part: 'macs' },
            { label: S.totalActivations, value: formatCount(stack.totals.activations), extra: formatCompact(stack.totals.activations), part: 'activations' },
          ]}
        />
      ) : null}
      {stack.ok ? (
        <p className={styles.share}>{S.fcShare(`${Math.round(fcShare(stack) * 100)}%`)}</p>
      ) : (
        <Alert title={S.invalidHeading}>
          {stack.error} {maxPools !== null ? S.poolHint(state.side, maxPools, state.m) : null}
        </Alert>
      )}
    </div>
  );
}

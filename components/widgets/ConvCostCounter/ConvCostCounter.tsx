'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { CostResults } from './CostResults';
import { Alert, Button, Checkbox } from '@/components/ui';
import { NumberFields } from '../shared/NumberFields';
import { evaluate } from './evaluate';
import { schema, type ConvCostState, type NumericField } from './state';
import { ISSUES, S } from './strings';
import styles from './ConvCostCounter.module.css';
import ui from '../shared/widgetUi.module.css';

export interface ConvCostCounterProps extends Partial<ConvCostState> {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
}

const FIELDS: NumericField[] = ['inH', 'inW', 'cin', 'kernel', 'cout', 'stride', 'padding'];

/** Shape, parameters and MACs of one convolution, next to a fully connected layer with the same
 * input and output sizes. */
export function ConvCostCounter({ id, title = S.title, ...props }: ConvCostCounterProps) {
  const { state, set, reset, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const result = evaluate(state);
  const errorId = `${id}-error`;
  return (
    <WidgetFrame name="ConvCostCounter" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <fieldset className={`${ui.panel} ${ui.fieldGrid} ${styles.controls}`}>
        <legend className={ui.panelLegend}>{S.controlsLegend}</legend>
        <NumberFields fields={FIELDS} label={(f) => S.fields[f]} values={state} limits={schema.fields} onChange={(f, v) => set({ [f]: v })} invalidField={result.ok ? null : result.field} errorId={errorId} />
        <Checkbox label={S.bias} checked={state.bias} onChange={(bias) => set({ bias })} />
        <Button className={styles.reset} onClick={reset}>
          {S.reset}
        </Button>
      </fieldset>
      {result.ok ? (
        <CostResults cost={result} state={state} />
      ) : (
        <Alert id={errorId} title={S.invalidHeading}>
          {result.error}
        </Alert>
      )}
    </WidgetFrame>
  );
}

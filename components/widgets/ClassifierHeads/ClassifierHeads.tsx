'use client';
import { formatCount, formatRatio } from '@/lib/format/numberFormat';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert } from '@/components/ui';
import { NumberFields } from '../shared/NumberFields';
import { LogBars } from '../shared/LogBars';
import { headCounts } from './model';
import { schema, stateError, type NumericField } from './state';
import { ISSUES, numberMessage, S } from './strings';
import { CostCount } from '../shared/cost/CostCount';
import cost from '../shared/cost/cost.module.css';
import styles from './ClassifierHeads.module.css';
import ui from '../shared/widgetUi.module.css';

export interface ClassifierHeadsProps {
  id: string;
  title?: string;
  h?: number;
  w?: number;
  c?: number;
  hidden?: number;
  classes?: number;
}

const FIELDS: NumericField[] = ['h', 'w', 'c', 'hidden', 'classes'];

function Head({ heading, layers, counts, total, note, tone }: { heading: string; layers: string[]; counts: (number | null)[]; total: number; note: string; tone: 'fc' | 'conv' }) {
  return (
    <section className={`${ui.card} ${tone === 'fc' ? ui.fcCard : ui.convCard}`}>
      <h4 className={ui.heading}>{heading}</h4>
      <ul className={styles.layers}>
        {layers.map((l, i) => (
          <li key={l}>
            <span>{l}</span>
            {counts[i] !== null ? <span className={styles.count}>{formatCount(counts[i])}</span> : null}
          </li>
        ))}
      </ul>
      <CostCount label={`${S.total}:`} value={formatCount(total)} total="total" />
      <p className={cost.note}>{note}</p>
    </section>
  );
}

export function ClassifierHeads({ id, title = S.title, ...props }: ClassifierHeadsProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const problem = stateError(state);
  const errorId = `${id}-error`;
  const n = problem ? null : headCounts(state);
  return (
    <WidgetFrame name="ClassifierHeads" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <fieldset className={ui.panel}>
        <legend className={ui.panelLegend}>{S.settings}</legend>
        <div className={`${ui.fieldGrid} ${styles.fields}`}>
          <NumberFields fields={FIELDS} label={(f) => S.fields[f]} values={state} limits={schema.fields} onChange={(f, v) => set({ [f]: v })} invalidField={problem?.field} errorId={errorId} />
        </div>
      </fieldset>
      {problem || !n ? (
        <Alert id={errorId} title={S.invalidHeading}>
          {problem ? numberMessage(problem.issue) : null}
        </Alert>
      ) : (
        <div className={ui.results}>
          <p className={styles.first}>{S.firstWeights(state.h, state.w, state.c, formatCount(n.flat), formatCount(state.hidden), formatCount(n.firstWeights))}</p>
          <div className={cost.compare}>
            <Head heading={S.flatHeading} layers={S.flatLayers(formatCount(n.flat), formatCount(state.hidden), formatCount(state.classes))} counts={n.flatLayers} total={n.flatTotal} note={S.sizeNote} tone="fc" />
            <Head heading={S.gapHeading} layers={S.gapLayers(state.c, formatCount(state.classes))} counts={[null, n.gap]} total={n.gap} note={S.gapNote} tone="conv" />
            <Head heading={S.ninHeading} layers={S.ninLayers(state.c, formatCount(state.classes))} counts={[n.nin, null]} total={n.nin} note={S.gapNote} tone="conv" />
          </div>
          <p className={ui.ratio} aria-live="polite">
            {S.ratio(formatRatio(n.ratio))}
          </p>
          <LogBars
            title={S.barsTitle}
            alt={S.barsAlt(formatCount(n.flatTotal), formatCount(n.gap), formatCount(n.nin))}
            bars={[
              { label: S.barFlat, value: n.flatTotal, tone: 'fc' },
              { label: S.barGap, value: n.gap, tone: 'conv' },
              { label: S.barNin, value: n.nin, tone: 'conv' },
            ]}
          />
        </div>
      )}
    </WidgetFrame>
  );
}

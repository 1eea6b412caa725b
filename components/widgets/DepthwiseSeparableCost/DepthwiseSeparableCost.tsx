'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert } from '@/components/ui';
import { NumberFields } from '../shared/NumberFields';
import { formatCount } from '@/lib/format/numberFormat';
import { invertedResidualCost, separableCost } from '@/lib/lightweight/separable';
import { LinearBars, type LinearBar } from '../shared/cost/LinearBars';
import cost from '../shared/cost/cost.module.css';
import table from '@/components/ui/table.module.css';
import { FIELDS, schema, stateError, type SeparableState } from './state';
import { ISSUES, numberMessage, S } from './strings';
import styles from './DepthwiseSeparableCost.module.css';
import ui from '../shared/widgetUi.module.css';

export interface DepthwiseSeparableCostProps {
  id: string;
  title?: string;
  df?: number;
  m?: number;
  n?: number;
  dk?: number;
  t?: number;
}

const six = (x: number) => x.toFixed(6);
/** The parts compared, each with its colour (the pointwise one lighter, the pair in the text colour). */
const PARTS = [
  ['standard', 'var(--muted)'],
  ['depthwise', 'var(--accent)'],
  ['pointwise', 'color-mix(in srgb, var(--positive) 65%, transparent)'],
  ['separable', 'var(--fg)'],
] as const;

export function DepthwiseSeparableCost({ id, title = S.title, ...props }: DepthwiseSeparableCostProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const problem = stateError(state);
  const errorId = `${id}-error`;
  return (
    <WidgetFrame name="DepthwiseSeparableCost" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.focusScope}`}>
        <div className={`${ui.panel}`}>
          <div className={`${ui.fieldGrid} ${styles.fields}`}>
            <NumberFields fields={FIELDS} label={(f) => S.fields[f]} values={state} limits={schema.fields} onChange={(f, v) => set({ [f]: v })} invalidField={problem?.field} errorId={errorId} />
          </div>
          <p className={cost.note}>{S.setup}</p>
        </div>
        {problem ? (
          <Alert id={errorId} title={S.invalidHeading}>
            {numberMessage(problem.issue)}
          </Alert>
        ) : (
          <Results state={state} />
        )}
      </div>
    </WidgetFrame>
  );
}

function Results({ state }: { state: SeparableState }) {
  const c = separableCost(state);
  const v2 = invertedResidualCost({ df: state.df, cin: state.m, cout: state.n, t: state.t, dk: state.dk });
  const bars = (what: 'mults' | 'params'): LinearBar[] =>
    PARTS.map(([part, color]) => ({ key: part, part: `${what}-${part}`, label: S.parts[part], value: c[part][what], color }));
  const alt = (what: 'mults' | 'params', heading: string) =>
    S.barsAlt(heading, formatCount(c.standard[what]), formatCount(c.depthwise[what]), formatCount(c.pointwise[what]));
  const agree = Math.abs(c.ratio - c.formula) < 1e-12;
  const v2Rows = [
    { key: 'expand', label: S.v2Parts.expand, cost: v2.expand },
    { key: 'depthwise', label: S.v2Parts.depthwise, cost: v2.depthwise },
    { key: 'project', label: S.v2Parts.project, cost: v2.project },
  ];
  return (
    <div className={ui.results}>
      <h4 className={styles.heading}>{S.v1Heading}</h4>
      <div className={styles.twoCharts}>
        <div>
          <p className={styles.legend}>{S.multsLegend}</p>
          <LinearBars bars={bars('mults')} label={alt('mults', S.multsLegend)} />
        </div>
        <div>
          <p className={styles.legend}>{S.paramsLegend}</p>
          <LinearBars bars={bars('params')} label={alt('params', S.paramsLegend)} />
        </div>
      </div>
      <div className={styles.ratio} aria-live="polite">
        <p>
          <strong>{S.ratioHeading}</strong>
        </p>
        <p>
          {S.ratioCounted} = <span className={styles.mono} data-part="ratio">{six(c.ratio)}</span>
        </p>
        <p>
          {S.ratioFormula} = 1/{state.n} + 1/{state.dk * state.dk} = <span className={styles.mono} data-part="formula">{six(c.formula)}</span>
        </p>
        <p>{agree ? S.ratioEqual : S.ratioDiffer}</p>
        <p data-part="speedup">{S.speedup((1 / c.ratio).toFixed(2))}</p>
      </div>
      <h4 className={styles.heading}>{S.v2Heading(state.m, v2.hidden, state.n)}</h4>
      <div className={table.scroll} role="region" aria-label={S.v2Heading(state.m, v2.hidden, state.n)} tabIndex={0}>
        <table className={`${table.table} ${styles.table}`}>
          <thead>
            <tr>
              <th scope="col">{S.table.part}</th>
              <th scope="col">{S.table.mults}</th>
              <th scope="col">{S.table.params}</th>
            </tr>
          </thead>
          <tbody>
            {v2Rows.map((r) => (
              <tr key={r.key} data-part={`v2-${r.key}`}>
                <th scope="row">{r.label}</th>
                <td className={table.num}>{formatCount(r.cost.mults)}</td>
                <td className={table.num}>{formatCount(r.cost.params)}</td>
              </tr>
            ))}
            <tr data-part="v2-total">
              <th scope="row">{S.v2Total}</th>
              <td className={table.num}>{formatCount(v2.total.mults)}</td>
              <td className={table.num}>{formatCount(v2.total.params)}</td>
            </tr>
            <tr className={styles.muted}>
              <th scope="row">{S.v2Standard}</th>
              <td className={table.num}>{formatCount(v2.standard.mults)}</td>
              <td className={table.num}>{formatCount(v2.standard.params)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {state.t === 1 ? <p className={cost.note}>{S.v2NoExpand}</p> : null}
      <p className={styles.why}>{S.v2Why}</p>
    </div>
  );
}

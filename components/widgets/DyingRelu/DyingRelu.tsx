'use client';
import { useMemo } from 'react';
import { Alert, NumberField, Segmented, Slider } from '@/components/ui';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { wordIssue } from '@/components/widgets/shared/frame/issueStrings';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { BATCH, UNITS, num, revived, run, unitViews } from './model';
import { OffChart } from './OffChart';
import { UnitGrid } from './UnitGrid';
import { KICKS, SLOPES, STEPS, VIEWS, schema, seedIssue } from './state';
import { ISSUES, S } from './strings';
import styles from './DyingRelu.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type DyingReluProps = WidgetProps<typeof schema>;

export function DyingRelu({ id, title = S.title, ...props }: DyingReluProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const seedProblem = seedIssue(state.seed);
  const seedError = seedProblem ? wordIssue(seedProblem, ISSUES.label) : null;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const { seed, kick, rate, shift, slope } = state;
  const result = useMemo(() => (seedError ? null : run({ seed, kick, rate, shift, slope })), [seedError, seed, kick, rate, shift, slope]);
  const slopeText = String(slope);
  const viewNames = S.views(slopeText);
  const slider = (field: 'rate' | 'shift' | 'steps') => {
    const { min, max } = schema.fields[field];
    return (
      <Slider label={S.labels[field]} min={min} max={max} step={STEPS[field]} value={state[field]} onChange={(v) => set({ [field]: v })} format={(v) => (field === 'steps' ? String(v) : num(v, 1))} />
    );
  };

  let body;
  if (!result) {
    body = (
      <Alert id={errorId} title={S.invalidHeading}>
        {seedError}
      </Alert>
    );
  } else {
    const { task, relu, leaky } = result;
    const steps = state.steps;
    const traj = state.view === 'relu' ? relu : leaky;
    const viewSlope = state.view === 'relu' ? 0 : slope;
    const units = unitViews(task, traj.layers[steps], viewSlope);
    const chosen = units[state.unit];
    const offNow = units.filter((u) => u.off).length;
    const card = (which: 'relu' | 'leaky') => {
      const t = which === 'relu' ? relu : leaky;
      return (
        <section className={`${ui.card} ${which === 'relu' ? ui.fcCard : ui.convCard}`} data-part={which}>
          <h4 className={ui.heading}>{viewNames[which]}</h4>
          <dl className={styles.list}>
            <div>
              <dt>{S.afterKick}</dt>
              <dd data-part="off-after-kick">{S.offCount(t.off[0], UNITS)}</dd>
            </div>
            <div>
              <dt>{S.afterTraining(steps)}</dt>
              <dd data-part="off-after-training">
                {S.offCount(t.off[steps], UNITS)}; {S.revived(revived(t, task, steps))}; {S.loss(num(t.loss[steps], 4))}
              </dd>
            </div>
          </dl>
          <p className={styles.cardNote}>{which === 'relu' ? S.dead : S.leakyOff}</p>
        </section>
      );
    };
    body = (
      <div className={ui.results}>
        <div className={layout.cards} aria-live="polite">
          {card('relu')}
          {card('leaky')}
        </div>
        <OffChart relu={relu.off} leaky={leaky.off} step={steps} slope={slopeText} alt={S.chartAlt(steps, relu.off[0], relu.off[steps], leaky.off[0], leaky.off[steps])} />
        <div className={`${ui.panel} ${ui.focusScope} ${styles.stepPanel}`}>{slider('steps')}</div>
        <div className={ui.focusScope}>
          <Segmented variant="chips" name={`${id}-view`} legend={S.viewLegend} options={VIEWS} value={state.view} label={(v) => viewNames[v]} onChange={(v) => set({ view: v })} />
          <p id={hintId} className={layout.hint}>{S.gridHint}</p>
          <UnitGrid
            units={units}
            inputs={task.inputs}
            dies={state.view === 'relu'}
            unit={state.unit}
            onUnit={(j) => set({ unit: j })}
            label={S.gridAlt(viewNames[state.view], offNow, state.view === 'relu' && offNow > 0)}
            hintId={hintId}
          />
          <p className={layout.readout} aria-live="polite" data-part="unit">
            {S.unitReadout(
              chosen.index, viewNames[state.view], steps, `${num(chosen.w[0])}, ${num(chosen.w[1])}`, num(chosen.b), chosen.active, BATCH,
              chosen.gradient === 0 ? '0 exactly' : chosen.gradient.toPrecision(2), chosen.off && state.view === 'relu', chosen.off,
            )}
          </p>
        </div>
      </div>
    );
  }

  return (
    <WidgetFrame name="DyingRelu" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.panel} ${ui.focusScope} ${layout.stack}`}>
        <Segmented variant="chips" name={`${id}-kick`} legend={S.kickLegend} options={KICKS} value={kick} label={(v) => S.kicks[v]} onChange={(v) => set({ kick: v })} />
        {kick === 'step' ? slider('rate') : slider('shift')}
        <p className={styles.explain}>{kick === 'step' ? S.kickExplain.step(num(rate, 1)) : S.kickExplain.shift(num(shift, 1))}</p>
        <div className={layout.row}>
          <Segmented variant="chips" name={`${id}-slope`} legend={S.slopeLegend} options={SLOPES} value={slope} onChange={(v) => set({ slope: v })} />
          <NumberField label={S.labels.seed} value={seed} min={schema.fields.seed.min} max={schema.fields.seed.max} onChange={(v) => set({ seed: v })} invalid={Boolean(seedError)} errorId={errorId} />
        </div>
      </div>
      {body}
    </WidgetFrame>
  );
}

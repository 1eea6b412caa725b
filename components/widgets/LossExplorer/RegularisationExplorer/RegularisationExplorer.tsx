'use client';
import { useMemo, useState } from 'react';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert, Button, Checkbox, NumberField, Slider } from '@/components/ui';
import { type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { FitCard } from './FitCard';
import { FitChart } from './FitChart';
import { LOG_LAMBDA, curve, fitsAt, formatNumber, lambdaOf, problemFor, symlog, unregularisedFit } from './model';
import { SEED, nextSeed, schema, seedOk } from './state';
import { ISSUES, S } from './strings';
import styles from './RegularisationExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';
import layout from '../../shared/layout.module.css';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type RegularisationExplorerProps = WidgetProps<typeof schema>;

export function RegularisationExplorer({ id, title = S.title, ...props }: RegularisationExplorerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const [typedSeed, setTypedSeed] = useState<number | null>(null);
  const problem = useMemo(() => problemFor(state.seed), [state.seed]);
  const lambda = lambdaOf(state.logLambda);
  const fits = useMemo(() => fitsAt(problem, lambda), [problem, lambda]);
  const none = useMemo(() => unregularisedFit(problem), [problem]);
  const curves = useMemo(() => ({ l2: curve(fits.l2.w), l1: curve(fits.l1.w), none: curve(none.w) }), [fits, none]);
  // One scale for both cards and every λ of this data set: the unregularised weights are the largest.
  const extent = useMemo(() => Math.max(1, ...none.w.map((v) => Math.abs(symlog(v)))) * 1.05, [none]);
  const seedError = typedSeed !== null && !seedOk(typedSeed) ? S.seedInvalid(typedSeed) : null;
  const changeSeed = (v: number) => {
    setTypedSeed(v);
    if (seedOk(v)) set({ seed: v });
  };
  return (
    <WidgetFrame name="LossExplorer" part="regularisation" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.focusScope} ${layout.stack}`}>
        <div className={ui.controlBar}>
          <Slider
            className={styles.lambdaScrub}
            label={S.lambdaLabel}
            value={state.logLambda}
            min={LOG_LAMBDA.min}
            max={LOG_LAMBDA.max}
            step={LOG_LAMBDA.step}
            format={(v) => S.lambdaValue(formatNumber(lambdaOf(v)))}
            onChange={(v) => set({ logLambda: Math.round(v * 10) / 10 })}
          />
          <div className={styles.seedGroup}>
            <NumberField label={S.seedLabel} value={state.seed} min={SEED.min} max={SEED.max} onChange={changeSeed} invalid={seedError !== null} errorId={`${id}-seed-error`} />
            <Button
              className={styles.button}
              onClick={() => {
                setTypedSeed(null);
                set({ seed: nextSeed(state.seed) });
              }}
            >
              {S.newNoise}
            </Button>
          </div>
          <Checkbox label={S.showUnregularised} checked={state.showUnregularised} onChange={(showUnregularised) => set({ showUnregularised })} />
        </div>
        {seedError ? (
          <Alert id={`${id}-seed-error`}>{seedError}</Alert>
        ) : null}
        <FitChart
          data={problem.data}
          l2={curves.l2}
          l1={curves.l1}
          unregularised={state.showUnregularised ? curves.none : null}
          alt={S.chartAlt(formatNumber(fits.l2.truthError), formatNumber(fits.l1.truthError), formatNumber(none.truthError))}
        />
        {state.showUnregularised ? <p className={styles.note}>{S.unregularisedNote(formatNumber(none.risks.empirical), formatNumber(none.truthError))}</p> : null}
        <div className={styles.cards} aria-live="polite" aria-atomic="false">
          <FitCard fit={fits.l2} extent={extent} />
          <FitCard fit={fits.l1} extent={extent} />
        </div>
      </div>
    </WidgetFrame>
  );
}

'use client';
import { useMemo, useRef } from 'react';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { Alert, Button, SelectField } from '@/components/ui';
import { ClassTable } from './ClassTable';
import { LossCurve } from './LossCurve';
import { LossReadout } from './LossReadout';
import { curveRange, samples } from './model';
import { MAX_CLASSES, MIN_CLASSES, PRESET_NAMES, lessonProps, presetLogits, schema, stateError, type PresetName } from './state';
import { ISSUES, S } from './strings';
import styles from './CrossEntropyExplorer.module.css';
import ui from '../../shared/widgetUi.module.css';
import layout from '../../shared/layout.module.css';

export interface CrossEntropyExplorerProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** Starting logits, 3 to 10 of them (one per class). */
  logits?: number[];
  /** Index of the true class (default the last of the default four). */
  target?: number;
}

const CURVE_POINTS = 161;
const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);

export function CrossEntropyExplorer(props: CrossEntropyExplorerProps) {
  const { id, title = S.title } = props;
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, lessonProps(props), ISSUES);
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const { classes, target } = state;
  const problem = stateError(state);
  const valid = problem === null;
  const errorId = `${id}-error`;
  const logits = useMemo(() => state.logits.slice(0, classes), [state.logits, classes]);
  const trueLogit = logits[target];

  const readout = useMemo(() => (compute && valid ? compute.crossEntropyReadout(logits, target) : null), [compute, valid, logits, target]);
  const xs = useMemo(() => (valid ? samples(...curveRange(logits, target, trueLogit), CURVE_POINTS) : []), [valid, logits, target, trueLogit]);
  const curve = useMemo(() => (compute && valid ? compute.crossEntropyAlongTargetLogit(logits, target, xs) : null), [compute, valid, logits, target, xs]);

  const setLogit = (j: number, v: number) => set({ logits: state.logits.map((z, k) => (k === j ? v : z)) });
  const setClasses = (k: number) => set({ classes: k, target: Math.min(target, k - 1) });
  const preset = (name: PresetName) => set({ logits: presetLogits(name, classes, target) });
  const name = S.classNames[target];

  return (
    <WidgetFrame name="LossExplorer" part="cross-entropy" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={rootRef} className={`${ui.focusScope} ${layout.stack} ${styles.root}`}>
        <div className={ui.controlBar}>
          <SelectField label={S.classesLabel} value={classes} options={CLASS_COUNTS} onChange={setClasses} />
          <div className={styles.presets} role="group" aria-label={S.presetsLabel}>
            <span className={ui.fieldLabel} aria-hidden="true">
              {S.presetsLabel}
            </span>
            <div className={styles.presetButtons}>
              {PRESET_NAMES.map((p) => (
                <Button key={p} onClick={() => preset(p)}>
                  {S.presets[p]}
                </Button>
              ))}
            </div>
          </div>
        </div>
        <ClassTable
          idBase={id}
          classes={classes}
          logits={state.logits}
          target={target}
          readout={readout}
          invalidIndex={problem?.index ?? null}
          errorId={errorId}
          setLogit={setLogit}
          setTarget={(t) => set({ target: t })}
        />
        <p className={styles.legend}>{S.gradientLegend}</p>
        {problem ? (
          <Alert id={errorId} title={S.invalidHeading}>
            {S.logitError(S.classNames[problem.index], problem)}
          </Alert>
        ) : loadError ? (
          <Alert>{loadError}</Alert>
        ) : !readout || !curve ? (
          <p className={ui.loading}>{S.loading}</p>
        ) : (
          <>
            <LossReadout readout={readout} name={name} trueLogit={trueLogit} />
            <LossCurve name={name} xs={xs} losses={curve} current={{ z: trueLogit, loss: readout.loss }} onMove={(z) => setLogit(target, z)} />
          </>
        )}
      </div>
    </WidgetFrame>
  );
}

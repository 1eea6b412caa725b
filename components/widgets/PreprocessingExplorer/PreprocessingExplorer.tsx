'use client';
import { useMemo } from 'react';
import { STAGES, type Stage } from '@/lib/preprocessing/pipeline2d';
import { Alert, Button, Legend } from '@/components/ui';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { useElementWidth } from '@/components/ui/useElementWidth';
import { CloudPlot } from './CloudPlot';
import { Controls } from './Controls';
import { num, pair } from './format';
import { runPipeline } from './model';
import { StageIntro, StageNumbers } from './StageNumbers';
import { StageTabs } from './StageTabs';
import { schema, type PresetId } from './state';
import { ISSUES, S } from './strings';
import styles from './PreprocessingExplorer.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

export interface PreprocessingExplorerProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  preset?: PresetId;
  stage?: Stage;
  epsilon?: number;
  n?: number;
}

export function PreprocessingExplorer({ id, title = S.title, ...props }: PreprocessingExplorerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const { rho, sx, sy, mx, my, n, seed, epsilon } = state;
  const pipeline = useMemo(() => runPipeline({ rho, sx, sy, mx, my, n, seed, epsilon }), [rho, sx, sy, mx, my, n, seed, epsilon]);
  const [viewRef, width] = useElementWidth<HTMLDivElement>(700);
  const index = STAGES.indexOf(state.stage);
  const result = pipeline.stages.find((r) => r.stage === state.stage);
  const blocked = pipeline.blocked.find((b) => b.stage === state.stage);
  const name = S.stageNames[state.stage];
  // Announce the step and what it does, not its numbers: those change on every slider move.
  const said = `${S.stepOf(index + 1, STAGES.length)}, ${name}: ${blocked ? S.blocked[blocked.reason](num(blocked.value)) : S.stageWhat[state.stage]}`;
  const big = Math.min(width, 420);
  const go = (i: number) => set({ stage: STAGES[Math.max(0, Math.min(STAGES.length - 1, i))] });
  return (
    <WidgetFrame name="PreprocessingExplorer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div className={`${ui.focusScope} ${layout.column}`}>
        <Controls idBase={id} state={state} set={set} />
        <div className={styles.stepper}>
          <Button onClick={() => go(index - 1)} disabled={index === 0} aria-label={S.prevLabel}>
            ← {S.prev}
          </Button>
          <span className={styles.stepCount}>
            {S.stepOf(index + 1, STAGES.length)}: <strong>{name}</strong>
          </span>
          <Button onClick={() => go(index + 1)} disabled={index === STAGES.length - 1} aria-label={S.nextLabel}>
            {S.next} →
          </Button>
        </div>
        <p className={layout.hint}>{S.keys}</p>
        <StageTabs idBase={id} pipeline={pipeline} stage={state.stage} showTest={state.showTest} onStage={(stage) => set({ stage })} />
        <div id={`${id}-stage`} role="tabpanel" aria-labelledby={`${id}-tab-${state.stage}`} className={styles.panel} ref={viewRef}>
          {result ? (
            <>
              <StageIntro result={result} pipeline={pipeline} />
              <div className={styles.view}>
              <figure className={styles.bigFigure}>
                <div role="img" aria-label={S.panelAlt(name, pair(result.stats.mean), pair(result.stats.std), num(result.stats.correlation), pair(result.stats.eigen.values), n)}>
                  <CloudPlot result={result} size={big} showTest={state.showTest} detailed />
                </div>
                <figcaption>
                  <Legend
                    className={styles.legend}
                    items={[
                      { label: S.legendTrain, color: 'var(--accent)', mark: 'circle' },
                      ...(state.showTest ? [{ label: S.legendTest, color: 'var(--highlight)' }] : []),
                      { label: S.legendEllipse, color: 'var(--fg)', mark: 'line' as const },
                    ]}
                  />
                </figcaption>
              </figure>
              <StageNumbers result={result} showTest={state.showTest} />
              </div>
            </>
          ) : (
            <Alert>{blocked ? S.blocked[blocked.reason](num(blocked.value)) : S.notComputed}</Alert>
          )}
        </div>
        <p className={ui.visuallyHidden} aria-live="polite">
          {said}
        </p>
      </div>
    </WidgetFrame>
  );
}

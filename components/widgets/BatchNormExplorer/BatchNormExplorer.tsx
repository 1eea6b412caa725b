'use client';
import { useMemo, useRef, useState } from 'react';
import type { LayerKind, ShapeName } from '@/lib/batchNorm/syntheticBatch';
import { Alert } from '@/components/ui';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { DataControls, ParamControls } from './DataControls';
import { Histograms } from './Histograms';
import { advance, explorerView, HISTORY_LIMIT, type ExplorerView, type HistoryPoint } from './model';
import { INITIAL_RUNNING, schema, type Mode } from './state';
import { StepsPanel } from './StepsPanel';
import { ISSUES, S } from './strings';
import { stepTex } from './tex';
import { TrainingPanel } from './TrainingPanel';
import styles from './BatchNormExplorer.module.css';
import ui from '../shared/widgetUi.module.css';
import layout from '../shared/layout.module.css';

export interface BatchNormExplorerProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  layer?: LayerKind;
  batchSize?: number;
  shape?: ShapeName;
  mode?: Mode;
  momentum?: number;
  /** Per channel (two numbers each). */
  mean?: number[];
  spread?: number[];
  gamma?: number[];
  beta?: number[];
  eps?: number;
  seed?: number;
}

type ViewResult = { view: ExplorerView | null; error: string | null };

export function BatchNormExplorer({ id, title = S.title, ...props }: BatchNormExplorerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const rootRef = useRef<HTMLDivElement>(null);
  const { compute, error: loadError } = useCompute(rootRef);
  const [history, setHistory] = useState<HistoryPoint[]>([]);
  const [announcement, setAnnouncement] = useState('');

  const { layer, batchSize, shape, mean, spread, gamma, beta, eps, momentum, seed, steps, runningMean, runningVar } = state;
  const params = useMemo(
    () => ({ layer, batchSize, shape, mean, spread, gamma, beta, eps, momentum, seed, steps, runningMean, runningVar }),
    [layer, batchSize, shape, mean, spread, gamma, beta, eps, momentum, seed, steps, runningMean, runningVar],
  );
  const result = useMemo((): ViewResult => {
    if (!compute) return { view: null, error: null };
    try {
      return { view: explorerView(compute, params), error: null };
    } catch (e) {
      return { view: null, error: e instanceof Error ? e.message : String(e) };
    }
  }, [compute, params]);
  const view = result.view;
  const c = state.channel;

  const train = (count: number) => {
    if (!compute || !view || view.trainImpossible) return;
    const r = advance(compute, params, count);
    set({ steps: r.steps, runningMean: r.runningMean, runningVar: r.runningVar });
    setHistory((h) => [...h, ...r.history].slice(-HISTORY_LIMIT));
    setAnnouncement(S.announceTrained(count, r.steps, c, r.runningMean[c], r.runningVar[c]));
  };
  const reset = () => {
    set({ steps: 0, ...INITIAL_RUNNING });
    setHistory([]);
    setAnnouncement(S.announceReset);
  };

  const channel = view?.channels[c];
  const tex = channel
    ? stepTex({
        view: channel,
        m: view.valuesPerChannel,
        gamma: gamma[c],
        beta: beta[c],
        eps,
        momentum,
        runningMean: runningMean[c],
        runningVar: runningVar[c],
        mode: state.mode,
      })
    : null;
  const failure = loadError ?? (result.error ? S.computeFailed(result.error) : null);

  return (
    <WidgetFrame name="BatchNormExplorer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <div ref={rootRef} className={`${ui.focusScope} ${layout.column}`}>
        <div className={styles.controlGrid}>
          <DataControls idBase={id} state={state} set={set} />
          <ParamControls state={state} set={set} />
        </div>
        {failure ? (
          <Alert>{failure}</Alert>
        ) : !view || !channel || !tex ? (
          <p className={ui.loading}>{S.loading}</p>
        ) : (
          <>
            <Histograms view={view} layer={layer} mode={state.mode} selected={c} />
            <StepsPanel tex={tex} channel={c} mode={channel.train ? state.mode : 'eval'} momentumZero={momentum === 0} />
            <TrainingPanel
              idBase={id}
              state={state}
              set={set}
              channel={channel}
              valuesPerChannel={view.valuesPerChannel}
              trainImpossible={view.trainImpossible}
              history={history}
              announcement={announcement}
              onTrain={train}
              onReset={reset}
            />
          </>
        )}
      </div>
    </WidgetFrame>
  );
}

'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { LearningCurves, TrainingControls } from '@/components/widgets/shared/training';
import { Alert, Button } from '@/components/ui';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import { analyse, blockErrors, PRESET_IDS, presetState, stateFromSearch, type PresetId, type SandboxState } from '@/lib/sandbox';
import { inferShapes } from '@/lib/compute/training/spec';
import { BlockList } from './BlockList';
import { LayerTable } from './LayerTable';
import { ShareControls } from './ShareControls';
import { ExportControls } from './ExportControls';
import { TrainingSettingsForm, settingsValid } from './TrainingSettingsForm';
import { ConfusionMatrix, FeatureMapView, FilterGrid, Mistakes } from './Inspect';
import { createSandboxStore } from './store';
import { useSandboxTraining } from './useSandboxTraining';
import { S } from './strings';
import css from './Sandbox.module.css';

/** The whole sandbox: presets, blocks, the live table, training, and the views inside the trained network. */
export function Sandbox() {
  const [store] = useState(() => createSandboxStore());
  const state = useStore(store, (s) => s.state);
  const keys = useStore(store, (s) => s.keys);
  const actions = store.getState();
  const [ready, setReady] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [presetNote, setPresetNote] = useState('');
  const trainRef = useRef<HTMLElement>(null);
  const t = useSandboxTraining(trainRef);

  // A shared link restores its network once, when the page opens; a bad one is explained.
  useEffect(() => {
    const shared = stateFromSearch(window.location.search);
    if (shared?.ok) store.getState().load(shared.value);
    else if (shared) setLinkError(shared.error);
    setReady(true);
  }, [store]);

  const analysis = useMemo(() => analyse(state.blocks), [state.blocks]);
  const settingsOk = settingsValid(state.training);
  const fieldProblem = state.blocks.map((b, i) => ({ i, e: Object.values(blockErrors(b))[0] })).find((x) => x.e);
  const blocker = fieldProblem ? `Layer ${fieldProblem.i + 1}: ${fieldProblem.e}` : !settingsOk ? S.settingsProblem : null;
  const trainBlocker = analysis.problem?.message ?? (!settingsOk ? S.settingsProblem : null);
  const busy = t.phase === 'running' || t.phase === 'paused' || t.phase === 'loading';
  const changed = t.trained !== null && analysis.spec !== null && JSON.stringify(analysis.spec) !== t.trained.key;
  const trainedRows = useMemo(() => {
    const shapes = t.trained ? inferShapes(t.trained.spec) : null;
    return shapes?.ok ? shapes.layers : [];
  }, [t.trained]);
  const inspectable = t.evaluation !== null && t.testSet !== null;
  const filters = useMemo(() => (inspectable ? t.filters() : null), [inspectable, t.evaluation?.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const load = (s: SandboxState) => actions.load(s);
  const pickPreset = (id: PresetId) => {
    actions.load({ ...presetState(id), training: state.training });
    setPresetNote(S.presetLoaded(S.presets[id]));
  };

  return (
    <div className={`${css.sandbox} ${ui.focusScope}`} data-sandbox data-ready={ready ? '' : undefined}>
      {linkError && (
        <div data-testid="link-error">
          <Alert>{linkError}</Alert>
        </div>
      )}
      <div className={css.topBar}>
        <div role="group" aria-label={S.presetsLegend} className={css.presets}>
          <p className={css.groupLabel} aria-hidden="true">
            {S.presetsLegend}
          </p>
          <div className={css.presetButtons}>
            {PRESET_IDS.map((id) => (
              <Button key={id} onClick={() => pickPreset(id)} title={S.presetHint(S.presets[id])}>
                {S.presets[id]}
              </Button>
            ))}
          </div>
          <p className={css.statusLine} role="status">
            {presetNote}
          </p>
        </div>
        <ShareControls state={state} blocker={blocker} onLoad={load} />
      </div>

      <div className={css.twoColumns}>
        <section className={css.column} aria-labelledby="sandbox-blocks">
          <h2 id="sandbox-blocks" className={css.sectionHeading}>
            {S.builderHeading}
          </h2>
          <BlockList blocks={state.blocks} keys={keys} problem={analysis.problem} onAdd={actions.add} onRemove={actions.remove} onMove={actions.move} onUpdate={actions.update} />
        </section>
        <section className={`${css.column} ${css.stickyColumn}`} aria-labelledby="sandbox-table">
          <h2 id="sandbox-table" className={css.sectionHeading}>
            {S.tableHeading}
          </h2>
          <LayerTable analysis={analysis} blocks={state.blocks} />
          <p className={css.note}>{S.macsNote}</p>
        </section>
      </div>

      <section ref={trainRef} className={css.trainSection} aria-labelledby="sandbox-train">
        <h2 id="sandbox-train" className={css.sectionHeading}>
          {S.trainingHeading}
        </h2>
        <div className={css.twoColumns}>
          <div className={css.column}>
            <TrainingSettingsForm settings={state.training} onChange={actions.setTraining} />
            <TrainingControls
              phase={t.phase}
              onTrain={() => analysis.spec && settingsOk && t.train(analysis.spec, { ...state.training })}
              onPause={t.pause}
              onResume={t.resume}
              onReset={t.reset}
              progress={t.progress.total ? t.progress : undefined}
              detail={t.detail || undefined}
              announcement={t.announcement}
              needsData={t.status.kind !== 'ready'}
              disabled={!!trainBlocker && !busy}
            />
            {trainBlocker && (
              <div data-testid="training-off">
                <Alert kind="warning">{S.trainingOff(trainBlocker)}</Alert>
              </div>
            )}
            {t.computeError && <Alert>{t.computeError}</Alert>}
            <DataStatus status={t.status} onRetry={t.load} />
            {t.preparing && <p className={ui.loading}>{S.preparing}</p>}
            {t.backend && <p className={css.note}>{S.backend(t.backend)}</p>}
            {t.failure && <Alert>{t.failure}</Alert>}
            {t.evaluation && (
              <p className={css.testAccuracy} data-testid="test-accuracy">
                {S.testAccuracy(t.evaluation.accuracy, t.testSet?.count ?? 0)}
              </p>
            )}
          </div>
          <div className={css.curves}>
            <LearningCurves title={S.lossChart} height={180} emptyText={S.curvesEmpty} series={[{ id: 'loss', label: S.lossSeries, points: t.curves.loss, colour: 'var(--accent)' }]} />
            <LearningCurves
              title={S.accuracyChart}
              percent
              yDomain={[0, 1]}
              height={180}
              emptyText={S.curvesEmpty}
              series={[
                { id: 'acc', label: S.accSeries, points: t.curves.accuracy, colour: 'var(--accent)' },
                { id: 'test', label: S.testSeries, points: t.curves.test, colour: 'var(--positive)', dashed: true },
              ]}
            />
          </div>
        </div>
      </section>

      <section className={css.insideSection} aria-labelledby="sandbox-inside">
        <h2 id="sandbox-inside" className={css.sectionHeading}>
          {S.insideHeading}
        </h2>
        {changed && <p className={css.notice}>{S.changedSinceTraining}</p>}
        {!inspectable ? (
          <p className={css.note}>{S.insideEmpty}</p>
        ) : (
          <div className={css.insideGrid}>
            <div className={css.card}>
              <h3 className={ui.heading}>{S.filtersHeading}</h3>
              <FilterGrid filters={filters} />
            </div>
            <div className={css.card}>
              <h3 className={ui.heading}>{S.mapsHeading}</h3>
              <FeatureMapView test={t.testSet!} rows={trainedRows} maps={t.featureMaps} version={t.evaluation!.version} />
            </div>
            <div className={css.card}>
              <h3 className={ui.heading}>{S.confusionHeading}</h3>
              <ConfusionMatrix test={t.testSet!} evaluation={t.evaluation!} />
            </div>
            <div className={css.card}>
              <h3 className={ui.heading}>{S.mistakesHeading}</h3>
              <Mistakes test={t.testSet!} evaluation={t.evaluation!} />
            </div>
          </div>
        )}
        <ExportControls
          spec={analysis.spec}
          weights={t.trained && !changed ? t.weights : null}
          noWeights={changed ? S.weightsStale : S.weightsNeedTraining}
          accuracy={t.evaluation?.accuracy ?? null}
        />
      </section>
    </div>
  );
}

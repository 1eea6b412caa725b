'use client';
import { MAX_SEED } from '@/lib/random/prng';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { EpochRunsLab } from '@/components/widgets/shared/training/EpochRunsLab';
import { type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { BATCH_SIZE, EPOCH_CHOICES, LEARNING_RATES, MODES, PER_CLASS_CHOICES, TEST_PER_CLASS, TRUNK_FACTOR, type FineTuneConfig } from './model';
import { schema } from './state';
import { usePretrained } from './usePretrained';
import { ISSUES, S } from './strings';
import { Alert, Button, NumberField, Segmented, SelectField } from '@/components/ui';
import ui from '../shared/widgetUi.module.css';
import lab from '../shared/training/training.module.css';
import styles from './FineTuneLab.module.css';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type FineTuneLabProps = WidgetProps<typeof schema>;

export function FineTuneLab({ id, title = S.title, ...props }: FineTuneLabProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const { status: model, load: loadModel } = usePretrained();
  const loadPretrained = () => void loadModel().catch(() => {});
  const about = model.kind === 'ready' ? model.model.header.about : null;
  const settings = (
    <>
      <p className={styles.task}>{S.task}</p>
      <div className={`${ui.panel} ${lab.labLayout}`}>
        <Segmented variant="chips" className={lab.labChoices} name={`${id}-mode`} legend={S.mode} options={MODES} value={state.mode} label={(m) => S.modes[m]} onChange={(mode) => set({ mode })} />
        <div className={`${ui.fieldGrid} ${lab.labFields}`}>
          <SelectField label={S.perClass} value={state.perClass} options={PER_CLASS_CHOICES} format={S.perClassOption} onChange={(v) => set({ perClass: v })} />
          <SelectField label={S.learningRate} value={state.learningRate} options={LEARNING_RATES} onChange={(v) => set({ learningRate: v })} />
          <SelectField label={S.epochs} value={state.epochs} options={EPOCH_CHOICES} onChange={(v) => set({ epochs: v })} />
          <NumberField label={S.seed} value={state.seed} min={0} max={MAX_SEED} onChange={(v) => set({ seed: Math.min(MAX_SEED, Math.max(0, Math.round(v || 0))) })} />
        </div>
      </div>
    </>
  );
  const modelStatus = (
    <>
      {model.kind === 'loading' && <p className={ui.loading}>{S.modelLoading}</p>}
      {model.kind === 'failed' && (
        <Alert>
          <p>{S.modelFailed(model.error)}</p>
          <Button onClick={loadPretrained}>{S.retry}</Button>
        </Alert>
      )}
      {about && typeof about.testAccuracy === 'number' && <p className={lab.note}>{S.about(about.testAccuracy, Number(about.epochs))}</p>}
    </>
  );
  return (
    <WidgetFrame name="FineTuneLab" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <EpochRunsLab<FineTuneConfig>
        config={state}
        settings={settings}
        testPerClass={TEST_PER_CLASS}
        extra={{ ready: model.kind === 'ready', failed: model.kind === 'failed', load: loadPretrained, status: modelStatus }}
        build={(c, config, { train, test }, report) => {
          if (model.kind !== 'ready') throw new Error(S.modelMissing);
          const { header, weights } = model.model;
          const network = c.transferNetwork(header.spec, c.PRODUCT_GROUPS.length, config.seed, config.mode === 'scratch' ? undefined : weights);
          const trainer = c.transferTrainer({
            network,
            train,
            test,
            optimizer: { kind: 'adam', learningRate: config.learningRate },
            trunkFactor: TRUNK_FACTOR[config.mode],
            target: c.productGroup,
            batchSize: BATCH_SIZE,
            epochs: config.epochs,
            seed: config.seed,
            ...report,
          });
          return { network, trainer };
        }}
        words={S}
      />
    </WidgetFrame>
  );
}

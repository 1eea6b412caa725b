'use client';
import { MAX_SEED } from '@/lib/random/prng';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { EpochRunsLab } from '@/components/widgets/shared/training/EpochRunsLab';
import { type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { BATCH_SIZE, EPOCH_CHOICES, LEARNING_RATE, MILD_AUGMENTATION, PER_CLASS_CHOICES, TEST_PER_CLASS, WEIGHT_DECAY, overfitSpec, type OverfitConfig } from './model';
import { schema } from './state';
import { ISSUES, S } from './strings';
import { Checkbox, NumberField, SelectField } from '@/components/ui';
import ui from '../shared/widgetUi.module.css';
import lab from '../shared/training/training.module.css';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type OverfittingLabProps = WidgetProps<typeof schema>;

export function OverfittingLab({ id, title = S.title, ...props }: OverfittingLabProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  const settings = (
    <div className={`${ui.panel} ${lab.labLayout}`}>
      <div className={`${ui.fieldGrid} ${lab.labFields}`}>
        <SelectField label={S.perClass} value={state.perClass} options={PER_CLASS_CHOICES} format={S.perClassOption} onChange={(v) => set({ perClass: v })} />
        <SelectField label={S.epochs} value={state.epochs} options={EPOCH_CHOICES} onChange={(v) => set({ epochs: v })} />
        <NumberField label={S.seed} value={state.seed} min={0} max={MAX_SEED} onChange={(v) => set({ seed: Math.min(MAX_SEED, Math.max(0, Math.round(v || 0))) })} />
      </div>
      <fieldset className={lab.labChoices}>
        <legend className={ui.panelLegend}>{S.remedies}</legend>
        <Checkbox label={S.dropout} checked={state.dropout} onChange={(dropout) => set({ dropout })} />
        <Checkbox label={S.weightDecay} checked={state.weightDecay} onChange={(weightDecay) => set({ weightDecay })} />
        <Checkbox label={S.augment} checked={state.augment} onChange={(augment) => set({ augment })} />
      </fieldset>
    </div>
  );
  return (
    <WidgetFrame name="OverfittingLab" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <EpochRunsLab<OverfitConfig>
        config={state}
        settings={settings}
        testPerClass={TEST_PER_CLASS}
        build={(c, config, { train, test }, report) => {
          const network = c.buildNetwork(overfitSpec(config.dropout), config.seed);
          const trainer = c.classifierTrainer({
            network,
            train,
            test,
            optimizer: { kind: 'adam', learningRate: LEARNING_RATE },
            batchSize: BATCH_SIZE,
            epochs: config.epochs,
            seed: config.seed,
            weightDecay: config.weightDecay ? WEIGHT_DECAY : 0,
            augment: config.augment ? c.makeAugment(MILD_AUGMENTATION) : undefined,
            ...report,
          });
          return { network, trainer };
        }}
        words={S}
      />
    </WidgetFrame>
  );
}

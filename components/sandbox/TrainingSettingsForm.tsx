'use client';
import { NumberField, SelectField } from '@/components/ui';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import { BATCH_SIZES, EPOCH_CHOICES, TRAIN_IMAGE_CHOICES, trainingError, type OptimizerKind, type TrainingSettings } from '@/lib/sandbox';

const OPTIMIZERS: readonly OptimizerKind[] = ['adam', 'sgd'];
import { S } from './strings';
import css from './Sandbox.module.css';
import styles from './TrainingSettingsForm.module.css';

/** Optimiser, learning rate, momentum, batch size, epochs, images and seed, each checked in place. */
export function TrainingSettingsForm({ settings, onChange }: { settings: TrainingSettings; onChange: (patch: Partial<TrainingSettings>) => void }) {
  const lrError = trainingError('learningRate', settings.learningRate);
  const momentumError = settings.optimizer === 'sgd' ? trainingError('momentum', settings.momentum) : null;
  const seedError = trainingError('seed', settings.seed);
  return (
    <fieldset className={`${ui.panel} ${styles.settings}`}>
      <legend className={ui.panelLegend}>{S.settingsLegend}</legend>
      <div className={styles.settingsGrid}>
        <SelectField label={S.optimizer} value={settings.optimizer} options={OPTIMIZERS} format={(o) => S.optimizerNames[o]} onChange={(o) => onChange({ optimizer: o, learningRate: o === 'adam' ? 0.003 : 0.05 })} />
        <NumberField label={S.learningRate} value={settings.learningRate} step={0.001} min={0} invalid={!!lrError} errorId="sandbox-lr-error" onChange={(v) => onChange({ learningRate: v })} />
        {settings.optimizer === 'sgd' && <NumberField label={S.momentum} value={settings.momentum} step={0.05} min={0} max={0.99} invalid={!!momentumError} errorId="sandbox-momentum-error" onChange={(v) => onChange({ momentum: v })} />}
        <SelectField label={S.batchSize} value={settings.batchSize} options={BATCH_SIZES} onChange={(v) => onChange({ batchSize: v })} />
        <SelectField label={S.epochs} value={settings.epochs} options={EPOCH_CHOICES} onChange={(v) => onChange({ epochs: v })} />
        <SelectField label={S.trainImages} value={settings.trainImages} options={TRAIN_IMAGE_CHOICES} format={S.trainImagesOption} onChange={(v) => onChange({ trainImages: v })} />
        <NumberField label={S.seed} value={settings.seed} min={0} invalid={!!seedError} errorId="sandbox-seed-error" onChange={(v) => onChange({ seed: v })} />
      </div>
      {lrError && (
        <p id="sandbox-lr-error" className={css.fieldError}>
          {lrError}
        </p>
      )}
      {momentumError && (
        <p id="sandbox-momentum-error" className={css.fieldError}>
          {momentumError}
        </p>
      )}
      {seedError && (
        <p id="sandbox-seed-error" className={css.fieldError}>
          {seedError}
        </p>
      )}
    </fieldset>
  );
}

export function settingsValid(s: TrainingSettings): boolean {
  return (Object.keys(s) as (keyof TrainingSettings)[]).every((k) => (k === 'momentum' && s.optimizer === 'adam') || trainingError(k, s[k]) === null);
}

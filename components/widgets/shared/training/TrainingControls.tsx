'use client';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { trainingStrings as s } from './strings';
import ui from '../widgetUi.module.css';
import css from './training.module.css';

export type TrainingPhase = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'stopped' | 'failed';

export interface TrainingControlsProps {
  phase: TrainingPhase;
  /** Starts (or restarts) training; the first run may also download the images. */
  onTrain: () => void;
  onPause: () => void;
  onResume: () => void;
  onReset: () => void;
  /** Work done so far, e.g. batches done of all batches. */
  progress?: { done: number; total: number };
  /** A short line under the buttons: epoch, loss, accuracy… */
  detail?: ReactNode;
  /** Announced politely to screen readers; keep it to epoch ends or about once a second. */
  announcement?: string;
  /** The train button's label when no images are loaded yet. */
  needsData?: boolean;
  disabled?: boolean;
  /** Why the run failed: shown under the controls while the phase is 'failed'. */
  error?: string | null;
}

/** Train / Pause / Resume / Reset, a progress bar and a status line: the same on every training widget. */
export function TrainingControls({ phase, onTrain, onPause, onResume, onReset, progress, detail, announcement, needsData, disabled, error }: TrainingControlsProps) {
  const busy = phase === 'running' || phase === 'loading';
  const trainLabel = phase === 'done' || phase === 'stopped' || phase === 'failed' ? s.trainAgain : needsData ? s.loadAndTrain : s.train;
  return (
    <div className={css.controls}>
      <div className={css.buttons}>
        {/* The main action's place: Train, or Pause / Resume while a run is on. */}
        {phase === 'running' ? (
          <Button variant="primary" onClick={onPause}>
            {s.pause}
          </Button>
        ) : phase === 'paused' ? (
          <Button variant="primary" onClick={onResume}>
            {s.resume}
          </Button>
        ) : (
          <Button variant="primary" onClick={onTrain} disabled={busy || disabled}>
            {trainLabel}
          </Button>
        )}
        <Button onClick={onReset} disabled={phase === 'idle' || phase === 'loading'}>
          {s.reset}
        </Button>
        <span className={css.state}>{s.states[phase]}</span>
      </div>
      {progress && progress.total > 0 && (
        <progress className={css.progress} aria-label={s.progressLabel} max={progress.total} value={Math.min(progress.done, progress.total)} />
      )}
      {detail && <div className={css.detail}>{detail}</div>}
      {phase === 'failed' && error != null && <Alert>{s.failed(error)}</Alert>}
      <p className={ui.visuallyHidden} aria-live="polite">
        {announcement ?? ''}
      </p>
    </div>
  );
}

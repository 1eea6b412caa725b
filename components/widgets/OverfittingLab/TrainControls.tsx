'use client';
import type { LoopState } from '@/lib/compute/training';

interface Props {
  state: LoopState | undefined;
  preparing: boolean;
  canStart: boolean;
  labels: { start: string; again: string; pause: string; resume: string; clear: string };
  onStart: () => void;
  onPause: () => void;
  onResume: () => void;
  onClear: () => void;
  hasRuns: boolean;
}

/** Train / Pause / Resume / Clear for a widget that keeps several runs. */
export function TrainControls({ state, preparing, canStart, labels, onStart, onPause, onResume, onClear, hasRuns }: Props) {
  const running = state === 'running';
  const paused = state === 'paused';
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      <button type="button" onClick={onStart} disabled={!canStart || preparing || running}>
        {hasRuns ? labels.again : labels.start}
      </button>
      {running && (
        <button type="button" onClick={onPause}>
          {labels.pause}
        </button>
      )}
      {paused && (
        <button type="button" onClick={onResume}>
          {labels.resume}
        </button>
      )}
      <button type="button" onClick={onClear} disabled={!hasRuns}>
        {labels.clear}
      </button>
    </div>
  );
}

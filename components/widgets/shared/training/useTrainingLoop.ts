'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Loop, LoopState } from '@/lib/compute/training';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import type { TrainingPhase } from './TrainingControls';

type Compute = typeof import('@/lib/compute');

/** What a run made: its loop, and how to free what it holds (trainer, network). */
export interface TrainingJob {
  loop: Loop;
  dispose(): void;
  /** Runs once the loop has done all its steps, before the phase reads "done" (a last redraw). */
  finish?(): void;
}

/** What `make` gets: the callback to hand the trainer, and whether this run is still the current one. */
export interface LoopEvents {
  onState: (s: LoopState, error?: unknown) => void;
  live: () => boolean;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The one training loop of a widget, over lib's createLoop: one run at a time (a new start, a
 * reset or unmounting disposes the previous run's trainer and network), one phase for the shared
 * TrainingControls, and a Train press that waits for the images: `want()` starts the run with
 * `go` as soon as `ready` (at once if it already is), and gives up when `failed`.
 */
export function useTrainingLoop({ ready = true, failed = false, go }: { ready?: boolean; failed?: boolean; go?: () => void } = {}) {
  const [phase, setPhase] = useState<TrainingPhase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [wanted, setWanted] = useState(false);
  const job = useRef<TrainingJob | null>(null);
  const token = useRef(0);
  const goRef = useRef(go);
  goRef.current = go;

  const dispose = useCallback(() => {
    token.current++;
    const j = job.current;
    job.current = null;
    j?.loop.stop();
    j?.dispose();
  }, []);
  useEffect(() => dispose, [dispose]);

  /** Starts a run: selects the training backend (with `compute`), then `make` builds the trainer; resolves when the loop ends. */
  const start = useCallback(
    async (make: (events: LoopEvents) => TrainingJob | Promise<TrainingJob>, compute?: Compute) => {
      dispose();
      const mine = ++token.current;
      const live = () => token.current === mine;
      const fail = (e: unknown) => {
        if (!live()) return;
        setPhase('failed');
        setError(message(e));
      };
      setError(null);
      setPhase('loading');
      try {
        await compute?.selectTrainingBackend(assetUrl('/tfjs-wasm/'));
        if (!live()) return;
        const j = await make({
          live,
          onState: (s, e) => {
            if (!live()) return;
            if (s === 'failed') fail(e);
            else if (s === 'running' || s === 'paused') setPhase(s);
          },
        });
        if (!live()) return j.dispose();
        job.current = j;
        await j.loop.start();
        if (!live()) return;
        if (j.loop.state === 'done') {
          j.finish?.();
          setPhase('done');
        }
        dispose(); // done or failed: its networks go, the phase stays
      } catch (e) {
        fail(e);
      }
    },
    [dispose],
  );

  const reset = useCallback(() => {
    dispose();
    setWanted(false);
    setPhase('idle');
    setError(null);
  }, [dispose]);

  useEffect(() => {
    if (wanted && ready) {
      setWanted(false);
      goRef.current?.();
    } else if (wanted && failed) setWanted(false);
  }, [wanted, ready, failed]);

  return {
    /** For the controls: waiting for the images counts as loading. */
    phase: wanted ? ('loading' as const) : phase,
    error,
    wanted,
    want: () => setWanted(true),
    start,
    reset,
    pause: () => job.current?.loop.pause(),
    resume: () => job.current?.loop.resume(),
  };
}

'use client';
import { useCallback, useRef, useState } from 'react';
import type { EpochReport } from '@/lib/compute/training';
import { useTrainingLoop, type LoopEvents, type TrainingJob } from './useTrainingLoop';

export interface Run<C> {
  key: number;
  slot: number;
  config: C;
  epochs: EpochReport[];
}

/** What a widget's factory gets to report progress. */
export interface Reporter {
  onEpoch: (r: EpochReport) => void;
  onState: LoopEvents['onState'];
}

export const MAX_RUNS = 5;

type Compute = typeof import('@/lib/compute');

/**
 * Runs of a training experiment kept side by side, on the one training loop: one run trains at a
 * time (start, pause, resume), earlier runs stay for comparison (the oldest is dropped after
 * MAX_RUNS). `ready`, `failed` and `go` are useTrainingLoop's (a Train press waits for the images).
 */
export function useRuns<C>(options: Parameters<typeof useTrainingLoop>[0] = {}) {
  const loop = useTrainingLoop(options);
  const { start: startLoop, reset } = loop;
  const [runs, setRuns] = useState<Run<C>[]>([]);
  const nextKey = useRef(0);

  /** Starts a run: `make` builds the network and trainer (after the training backend is ready). */
  const start = useCallback(
    (config: C, make: (report: Reporter) => TrainingJob, compute?: Compute) => {
      const key = nextKey.current++;
      setRuns((rs) => {
        const kept = rs.slice(-(MAX_RUNS - 1));
        const used = new Set(kept.map((r) => r.slot));
        const slot = [0, 1, 2, 3, 4, 5].find((s) => !used.has(s)) ?? 0;
        return [...kept, { key, slot, config, epochs: [] }];
      });
      const onEpoch = (r: EpochReport) => setRuns((rs) => rs.map((run) => (run.key === key ? { ...run, epochs: [...run.epochs, r] } : run)));
      return startLoop(({ onState }) => make({ onEpoch, onState }), compute);
    },
    [startLoop],
  );

  const clear = useCallback(() => {
    reset();
    setRuns([]);
  }, [reset]);

  return { ...loop, runs, current: runs.at(-1), start, clear };
}

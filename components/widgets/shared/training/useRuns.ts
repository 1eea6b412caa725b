'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EpochReport, Loop, LoopState } from '@/lib/compute/training';

export interface Run<C> {
  key: number;
  slot: number;
  config: C;
  epochs: EpochReport[];
  state: LoopState;
  error?: string;
}

export interface Job {
  loop: Loop;
  dispose(): void;
}

/** What a widget's factory gets to report progress. */
export interface Reporter {
  onEpoch: (r: EpochReport) => void;
  onState: (s: LoopState, error?: unknown) => void;
}

export const MAX_RUNS = 5;

/**
 * Runs of a training experiment kept side by side: one run trains at a time (start, pause,
 * resume), earlier runs stay for comparison (the oldest is dropped after MAX_RUNS). Everything a
 * run created is disposed when the next run starts, when the runs are cleared, and on unmount.
 */
export function useRuns<C>() {
  const [runs, setRuns] = useState<Run<C>[]>([]);
  const job = useRef<Job | null>(null);
  const nextKey = useRef(0);

  const disposeJob = useCallback(() => {
    job.current?.loop.stop();
    job.current?.dispose();
    job.current = null;
  }, []);
  useEffect(() => disposeJob, [disposeJob]);

  const update = useCallback((key: number, f: (r: Run<C>) => Run<C>) => setRuns((rs) => rs.map((r) => (r.key === key ? f(r) : r))), []);

  /** Starts a run; `make` builds the network and trainer (after the data and backend are ready). */
  const start = useCallback(
    async (config: C, make: (report: Reporter) => Promise<Job>) => {
      disposeJob();
      const key = nextKey.current++;
      setRuns((rs) => {
        const kept = rs.map((r) => (r.state === 'running' || r.state === 'paused' ? { ...r, state: 'stopped' as LoopState } : r)).slice(-(MAX_RUNS - 1));
        const used = new Set(kept.map((r) => r.slot));
        const slot = [0, 1, 2, 3, 4, 5].find((s) => !used.has(s)) ?? 0;
        return [...kept, { key, slot, config, epochs: [], state: 'idle' }];
      });
      try {
        const j = await make({
          onEpoch: (r) => update(key, (run) => ({ ...run, epochs: [...run.epochs, r] })),
          onState: (s, e) => update(key, (run) => ({ ...run, state: s, error: e === undefined ? undefined : e instanceof Error ? e.message : String(e) })),
        });
        job.current = j;
        void j.loop.start();
      } catch (e) {
        update(key, (run) => ({ ...run, state: 'failed', error: e instanceof Error ? e.message : String(e) }));
      }
    },
    [disposeJob, update],
  );

  const clear = useCallback(() => {
    disposeJob();
    setRuns([]);
  }, [disposeJob]);

  const current = runs.at(-1);
  return {
    runs,
    current,
    start,
    clear,
    pause: () => job.current?.loop.pause(),
    resume: () => job.current?.loop.resume(),
    busy: current?.state === 'running' || current?.state === 'paused' || current?.state === 'idle',
  };
}

/**
 * The training loop every widget shares: runs steps one at a time, gives the page back to the
 * browser between steps (so sliders and drawing stay live), and can be paused, resumed and
 * stopped. What a step does (a classifier's batch, a triplet batch…) is the caller's.
 */

export type LoopState = 'idle' | 'running' | 'paused' | 'stopped' | 'done' | 'failed';

/** Lets the browser paint and handle input: a macrotask (MessageChannel is not clamped like setTimeout). */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

export interface LoopOptions {
  /** Runs step number `step` (0, 1, 2 …); returning false ends the loop as done. */
  step: (step: number) => boolean | Promise<boolean>;
  onState?: (state: LoopState, error?: unknown) => void;
  /** Yield to the page after at most this many milliseconds of work (default 12). */
  sliceMs?: number;
  now?: () => number;
  pause?: () => Promise<void>;
}

export interface Loop {
  start(): Promise<void>;
  pause(): void;
  resume(): void;
  stop(): void;
  readonly state: LoopState;
  readonly steps: number;
}

export function createLoop({ step, onState, sliceMs = 12, now = () => performance.now(), pause = yieldToPage }: LoopOptions): Loop {
  let state: LoopState = 'idle';
  let steps = 0;
  let wake: (() => void) | null = null;
  const set = (s: LoopState, error?: unknown) => {
    state = s;
    onState?.(s, error);
  };
  async function run() {
    set('running');
    try {
      let sliceStart = now();
      for (;;) {
        if (state === 'stopped') return;
        if (state === 'paused') {
          await new Promise<void>((r) => (wake = r));
          sliceStart = now();
          continue;
        }
        const more = await step(steps);
        steps++;
        if (!more) {
          set('done');
          return;
        }
        if (now() - sliceStart >= sliceMs) {
          await pause();
          sliceStart = now();
        }
      }
    } catch (e) {
      set('failed', e);
    }
  }
  return {
    start: () => (state === 'idle' ? run() : Promise.resolve()),
    pause: () => state === 'running' && set('paused'),
    resume() {
      if (state !== 'paused') return;
      set('running');
      wake?.();
      wake = null;
    },
    stop() {
      const w = wake;
      set('stopped');
      wake = null;
      w?.();
    },
    get state() {
      return state;
    },
    get steps() {
      return steps;
    },
  };
}

/** A trainer: a loop over `step` that also frees what it made (its optimisers) when disposed. */
export type Trainer = Loop & { dispose(): void };

/** The loop of a trainer: `dispose()` stops it, then disposes each of `owned` (optimisers). */
export function trainerLoop(step: LoopOptions['step'], onState: LoopOptions['onState'], owned: ({ dispose(): void } | null)[]): Trainer {
  const loop = createLoop({ step, onState });
  return Object.assign(loop, {
    dispose() {
      loop.stop();
      for (const o of owned) o?.dispose();
    },
  });
}

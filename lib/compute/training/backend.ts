/**
 * Picks the TensorFlow.js backend for training, in the order measured by `npm run bench`
 * (scripts/bench-training.ts): WASM with SIMD was about ten times faster than the CPU backend
 * for the small CNN on this course's 2-core reference machine; WebGL, where the browser has a
 * GPU, comes next; the CPU backend always works. The choice is made once per page: every widget
 * on a page that trains then runs on it.
 */
import { tf, ready } from '../tf';

export type TrainingBackend = 'wasm' | 'webgl' | 'cpu';

export interface BackendChoice {
  name: TrainingBackend;
  /** Why faster backends were passed over, in words (empty when the first choice worked). */
  skipped: string[];
}

let choice: Promise<BackendChoice> | undefined;

async function tryWasm(wasmPath: string): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(wasmPath);
  if (!(await tf.setBackend('wasm'))) throw new Error('it did not initialise');
}

async function tryWebgl(): Promise<void> {
  await import('@tensorflow/tfjs-backend-webgl');
  if (!(await tf.setBackend('webgl'))) throw new Error('no WebGL context');
}

/**
 * Selects the fastest backend that starts. `wasmPath` is the URL folder of the .wasm files
 * (public/tfjs-wasm/, copied there before every build). `prefer` forces one (benchmarks, tests).
 */
export function selectTrainingBackend(wasmPath: string, prefer?: TrainingBackend): Promise<BackendChoice> {
  choice ??= (async () => {
    await ready();
    const skipped: string[] = [];
    const order: TrainingBackend[] = prefer ? [prefer, 'cpu'] : ['wasm', 'webgl', 'cpu'];
    for (const name of order) {
      try {
        if (name === 'wasm') await tryWasm(wasmPath);
        else if (name === 'webgl') await tryWebgl();
        else await tf.setBackend('cpu');
        await tf.ready();
        return { name, skipped };
      } catch (e) {
        skipped.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    throw new Error(`No TensorFlow.js backend started (${skipped.join('; ')}).`);
  })();
  return choice;
}

/** The backend chosen so far, if any (for display). */
export function currentBackend(): string {
  return tf.getBackend();
}

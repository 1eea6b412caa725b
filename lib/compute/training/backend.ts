/**
 * Picks the TensorFlow.js backend for training. WASM with SIMD comes first: `npm run
 * bench:training` measured it about ten times faster than the CPU backend for the small CNN on
 * the course's 2-core reference machine, and it needs no GPU. Where WebAssembly is missing, WebGL
 * and CPU are both timed on one training step of a small convolution and the faster one wins
 * (software WebGL, on a machine without a GPU, is slower than the CPU backend). The choice is made
 * once per page: every widget on a page that trains then runs on it.
 */
import { tf, ready } from '../tf';
import { trainableConv2d } from './trainableConv';

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

/** Milliseconds for one forward and backward pass of a 3×3 convolution on a batch of 16 images. */
async function timeTrainingStep(): Promise<number> {
  const x = tf.randomUniform([16, 28, 28, 8], 0, 1, 'float32', 1) as tf.Tensor4D;
  const w = tf.randomUniform([3, 3, 8, 16], -1, 1, 'float32', 2) as tf.Tensor4D;
  const step = () =>
    tf.tidy(() => {
      const g = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.relu(trainableConv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same'))))([x, w]);
      return g[1].dataSync()[0];
    });
  step(); // warm-up: shader compilation, allocation
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) step();
  const ms = (performance.now() - t0) / 3;
  tf.dispose([x, w]);
  return ms;
}

/**
 * Selects the fastest backend that starts. `wasmPath` is the URL folder of the .wasm files
 * (public/tfjs-wasm/, copied there before every build). `prefer` forces one (benchmarks, tests).
 */
export function selectTrainingBackend(wasmPath: string, prefer?: TrainingBackend): Promise<BackendChoice> {
  choice ??= (async () => {
    await ready();
    const skipped: string[] = [];
    if (!prefer) {
      try {
        await tryWasm(wasmPath);
        await tf.ready();
        return { name: 'wasm', skipped } as BackendChoice;
      } catch (e) {
        skipped.push(`wasm: ${e instanceof Error ? e.message : String(e)}`);
      }
      try {
        await tryWebgl();
        const webgl = await timeTrainingStep();
        await tf.setBackend('cpu');
        const cpu = await timeTrainingStep();
        if (webgl < cpu) {
          await tf.setBackend('webgl');
          skipped.push(`cpu: slower here (${cpu.toFixed(0)} ms against ${webgl.toFixed(0)} ms for WebGL per test step)`);
          return { name: 'webgl', skipped } as BackendChoice;
        }
        skipped.push(`webgl: slower here (${webgl.toFixed(0)} ms against ${cpu.toFixed(0)} ms for the CPU per test step)`);
        return { name: 'cpu', skipped } as BackendChoice;
      } catch (e) {
        skipped.push(`webgl: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const order: TrainingBackend[] = prefer ? [prefer, 'cpu'] : ['cpu'];
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

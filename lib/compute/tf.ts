/**
 * The one place that loads TensorFlow.js: the core library plus the CPU backend (fastest for
 * the small tensors of a teaching widget, and the same numbers in Node tests and the browser).
 * Every other compute file imports `tf` from here, never from the umbrella `@tensorflow/tfjs`.
 */
import * as tf from '@tensorflow/tfjs-core';
// tfjs-core's entry point registers no gradients (the umbrella package does); the compute layer
// differentiates, so it registers them itself.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';

export { tf };

let readyPromise: Promise<void> | undefined;

/** Selects the CPU backend and waits until it is initialised. Safe to call many times. */
export function ready(): Promise<void> {
  readyPromise ??= (async () => {
    await tf.setBackend('cpu');
    await tf.ready();
  })();
  return readyPromise;
}

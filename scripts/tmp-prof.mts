export {};
import { tf, ready } from '../lib/compute/tf';
await ready();
const b = process.argv[2] ?? 'cpu';
if (b === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
await tf.setBackend(b); await tf.ready();
const x = tf.randomNormal([32, 28, 28, 1]);
const w1 = tf.randomNormal([3, 3, 1, 8]);
const x2 = tf.randomNormal([32, 14, 14, 8]);
const w2 = tf.randomNormal([3, 3, 8, 16]);
function time(name: string, f: () => tf.Tensor | tf.Tensor[]) {
  for (let i = 0; i < 2; i++) tf.tidy(() => { const r = f(); (Array.isArray(r) ? r : [r]).forEach(t => t.dataSync()); });
  const t0 = performance.now(); const n = 5;
  for (let i = 0; i < n; i++) tf.tidy(() => { const r = f(); (Array.isArray(r) ? r : [r]).forEach(t => t.dataSync()); });
  console.log(name, ((performance.now() - t0) / n).toFixed(2), 'ms');
}
time('conv1 fwd', () => tf.conv2d(x as tf.Tensor4D, w1 as tf.Tensor4D, 1, 'same'));
time('conv2 fwd', () => tf.conv2d(x2 as tf.Tensor4D, w2 as tf.Tensor4D, 1, 'same'));
const dy2 = tf.randomNormal([32, 14, 14, 16]);
try { time('conv2 dW', () => tf.conv2DBackpropFilter(x2 as tf.Tensor4D, dy2 as tf.Tensor4D, [3, 3, 8, 16], 1, 'same')); } catch (e) { console.log('dW fail', String(e).slice(0, 80)); }
time('conv2 dX', () => tf.conv2DBackpropInput([32, 14, 14, 8], dy2 as tf.Tensor4D, w2 as tf.Tensor4D, 1, 'same'));
time('maxpool', () => tf.maxPool(x2 as tf.Tensor4D, 2, 2, 'valid'));
time('maxpool grad', () => tf.grad((t: tf.Tensor) => tf.sum(tf.maxPool(t as tf.Tensor4D, 2, 2, 'valid')))(x2));
time('relu grad', () => tf.grad((t: tf.Tensor) => tf.sum(tf.relu(t)))(x2));
const d = tf.randomNormal([32, 784]); const wd = tf.randomNormal([784, 10]);
time('dense grad', () => tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D)))([d, wd]));

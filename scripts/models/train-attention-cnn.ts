/**
 * Trains the attention lesson's SE-CNN (lib/attention/seCnn.ts) on the shipped Fashion-MNIST
 * subset, on the WASM backend in Node, seeded, and writes public/models/attention-cnn.weights.
 *
 *   npx tsx scripts/models/train-attention-cnn.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { tf, ready } from '../../lib/compute/tf';
import { buildNetwork } from '../../lib/compute/training/network';
import { classifierTrainer, evaluate } from '../../lib/compute/training/classifier';
import { encodeWeights } from '../../lib/compute/training/weightsFile';
import { inferShapes } from '../../lib/compute/training/spec';
import { loadFashionMnist } from '../../lib/data/fashionMnist';
import { ATTENTION_CNN, ATTENTION_TRAINING } from '../../lib/attention/seCnn';

const root = path.resolve(__dirname, '../..');
const dataDir = path.join(root, 'public/data/fashion-mnist');
const out = path.join(root, 'public/models/attention-cnn.weights');

async function main() {
  await ready();
  await import('@tensorflow/tfjs-backend-wasm');
  if (!(await tf.setBackend('wasm'))) throw new Error('The WASM backend did not start.');
  const fetchImpl = async (url: string) => new Response(fs.readFileSync(path.join(dataDir, url.replace(/^data:\/\//, ''))));
  const data = await loadFashionMnist({ baseUrl: 'data:/', splits: ['train', 'test'], fetchImpl });
  const train = data.train!;
  const test = data.test!;
  const { seed, epochs, batchSize, learningRate } = ATTENTION_TRAINING;
  const net = buildNetwork(ATTENTION_CNN, seed);
  const started = Date.now();
  const trainer = classifierTrainer({
    network: net, train, test, optimizer: { kind: 'adam', learningRate }, batchSize, epochs, seed,
    onEpoch: (r) => console.log(`epoch ${r.epoch + 1}: train loss ${r.trainLoss.toFixed(3)}, test accuracy ${(100 * r.testAccuracy!).toFixed(1)} %`),
  });
  await trainer.start();
  const seconds = (Date.now() - started) / 1000;
  const accuracy = evaluate(net, test).accuracy;
  const shapes = inferShapes(ATTENTION_CNN);
  const about = {
    script: 'scripts/models/train-attention-cnn.ts',
    data: `Fashion-MNIST subset: ${train.count} training, ${test.count} test images`,
    seed, epochs, batchSize, optimizer: `Adam, learning rate ${learningRate}`,
    testAccuracy: Math.round(accuracy * 10000) / 10000,
    parameters: shapes.ok ? shapes.params : 0,
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, encodeWeights(ATTENTION_CNN, net.getWeights(), about));
  console.log(`test accuracy ${(100 * accuracy).toFixed(2)} % in ${seconds.toFixed(1)} s (${Math.round((train.count * epochs) / seconds)} images/s); wrote ${path.relative(root, out)}`);
  trainer.dispose();
  net.dispose();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

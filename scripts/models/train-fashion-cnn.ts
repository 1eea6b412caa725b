/**
 * Trains the course's shared pre-trained classifier on the shipped Fashion-MNIST subset and
 * writes public/models/fashion-cnn.weights (spec, provenance and weights in one file). Seeded:
 * the same machine gives the same file. Run by hand with `npx tsx scripts/models/train-fashion-cnn.ts`
 * (WASM backend, about a minute); the course only reads the committed output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { tf, ready } from '../../lib/compute/tf';
import { loadFashionMnist } from '../../lib/data/fashionMnist';
import { buildNetwork, classifierTrainer, encodeWeights, evaluate, FASHION_CNN } from '../../lib/compute/training';


const SEED = 2026;
const EPOCHS = 10;
const root = path.resolve(__dirname, '../..');
const dataDir = path.join(root, 'public/data/fashion-mnist');

async function main() {
  const data = await loadFashionMnist({ baseUrl: dataDir, splits: ['train', 'test'], fetchImpl: async (u) => new Response(fs.readFileSync(u)) });
  await ready();
  await import('@tensorflow/tfjs-backend-wasm');
  await tf.setBackend('wasm');
  const net = buildNetwork(FASHION_CNN, SEED);
  let last = { epoch: 0, testAccuracy: 0 };
  const trainer = classifierTrainer({
    network: net, train: data.train!, test: data.test!, optimizer: { kind: 'adam', learningRate: 0.002 }, batchSize: 32, epochs: EPOCHS, seed: SEED,
    onEpoch: (r) => {
      last = { epoch: r.epoch, testAccuracy: r.testAccuracy! };
      console.log(`epoch ${r.epoch + 1}: train loss ${r.trainLoss.toFixed(3)}, train accuracy ${(100 * r.trainAccuracy).toFixed(1)} %, test accuracy ${(100 * r.testAccuracy!).toFixed(1)} %`);
    },
  });
  await trainer.start();
  const test = evaluate(net, data.test!);
  const bytes = encodeWeights(FASHION_CNN, net.getWeights(), {
    script: 'scripts/models/train-fashion-cnn.ts',
    data: 'public/data/fashion-mnist (6,000 training images)',
    optimizer: 'Adam, learning rate 0.002, batch 32',
    epochs: EPOCHS,
    seed: SEED,
    testAccuracy: Number(test.accuracy.toFixed(4)),
  });
  fs.writeFileSync(path.join(root, 'public/models/fashion-cnn.weights'), bytes);
  console.log(`wrote public/models/fashion-cnn.weights (${bytes.length} bytes), test accuracy ${(100 * test.accuracy).toFixed(1)} % after ${last.epoch + 1} epochs`);
}

void main();

export {};
import fs from 'node:fs';
import { tf, ready } from '../lib/compute/tf';
import { loadFashionMnist } from '../lib/data/fashionMnist';
import { buildNetwork } from '../lib/compute/training/network';
import { classifierTrainer, evaluate } from '../lib/compute/training/classifier';
import { SMALL_CNN, type NetworkSpec } from '../lib/compute/training/spec';

const backend = process.argv[2] ?? 'cpu';
const seconds = Number(process.argv[3] ?? 20);
const bs = Number(process.argv[4] ?? 32);
const dir = '/work/main/public/data/fashion-mnist';
const fetchImpl = async (u: string) => new Response(fs.readFileSync(u.replace('base:', dir)));
const data = await loadFashionMnist({ baseUrl: 'base:', splits: ['train', 'test'], fetchImpl });
await ready();
if (backend === 'wasm') { await import('@tensorflow/tfjs-backend-wasm'); }
await tf.setBackend(backend); await tf.ready();
console.log('backend', tf.getBackend());
const spec: NetworkSpec = process.argv[5] ? JSON.parse(process.argv[5]) : SMALL_CNN;
const net = buildNetwork(spec, 1);
const t0 = performance.now();
let seenAt = 0;
const tr = classifierTrainer({ network: net, train: data.train!, optimizer: { kind: 'adam', learningRate: 0.003 }, batchSize: bs, epochs: 100, seed: 1,
  onBatch: (r) => { seenAt = r.seen; if (performance.now() - t0 > seconds * 1000) tr.stop(); },
  onState: (s, e) => e && console.log('STATE', s, e), onEpoch: (r) => console.log('epoch', r.epoch, r.trainLoss.toFixed(3), r.trainAccuracy.toFixed(3), ((performance.now()-t0)/1000).toFixed(1)+'s'),
});
const mem0 = tf.memory().numTensors;
await tr.start();
const el = (performance.now() - t0) / 1000;
console.log('images/s', (seenAt / el).toFixed(0), 'seen', seenAt, 'tensors', mem0, tf.memory().numTensors);
const ev = evaluate(net, data.test!);
console.log('test acc', ev.accuracy.toFixed(4));

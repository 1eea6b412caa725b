// Makes the Fashion-MNIST subset the course ships in public/data/fashion-mnist/ from Debian's
// `dataset-fashion-mnist` package (apt-get install dataset-fashion-mnist). Run once, by hand:
//   node scripts/data/make-fashion-subset.mjs [source-dir] [train-per-class] [test-per-class]
// The subset is balanced: the first N images of each class, in the order of the original files,
// so anyone with the same package gets byte-identical output (the manifest records SHA-256s).
// Images are 28×28 uint8 (0 = background), labels uint8; both deflate-compressed (the browser
// inflates them with DecompressionStream). The course never runs this script: it reads the
// committed output.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const [src = '/usr/share/datasets/fashion-mnist', trainPer = '600', testPer = '100'] = process.argv.slice(2);
const out = path.resolve(import.meta.dirname, '../../public/data/fashion-mnist');
const classes = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'];

function readIdx(file, magic) {
  const buf = zlib.gunzipSync(fs.readFileSync(path.join(src, file)));
  if (buf.readUInt32BE(0) !== magic) throw new Error(`${file}: not an IDX file (magic ${buf.readUInt32BE(0)})`);
  return buf;
}

function subset(prefix, perClass) {
  const images = readIdx(`${prefix}-images-idx3-ubyte.gz`, 2051);
  const labels = readIdx(`${prefix}-labels-idx1-ubyte.gz`, 2049);
  const n = labels.readUInt32BE(4);
  const [rows, cols] = [images.readUInt32BE(8), images.readUInt32BE(12)];
  if (rows !== 28 || cols !== 28) throw new Error(`${prefix}: expected 28×28 images, got ${rows}×${cols}`);
  const taken = new Array(10).fill(0);
  const picked = [];
  for (let i = 0; i < n && picked.length < perClass * 10; i++) {
    const label = labels[8 + i];
    if (taken[label] < perClass) {
      taken[label]++;
      picked.push(i);
    }
  }
  if (picked.length !== perClass * 10) throw new Error(`${prefix}: not enough images of every class`);
  const px = 28 * 28;
  const outImages = Buffer.alloc(picked.length * px);
  const outLabels = Buffer.alloc(picked.length);
  picked.forEach((i, k) => {
    images.copy(outImages, k * px, 16 + i * px, 16 + (i + 1) * px);
    outLabels[k] = labels[8 + i];
  });
  return { images: outImages, labels: outLabels, count: picked.length, sourceIndices: [picked[0], picked.at(-1)] };
}

function write(name, raw) {
  const packed = zlib.deflateSync(raw, { level: 9 });
  fs.writeFileSync(path.join(out, name), packed);
  return { file: name, bytes: raw.length, compressedBytes: packed.length, sha256: crypto.createHash('sha256').update(raw).digest('hex') };
}

fs.mkdirSync(out, { recursive: true });
const manifest = { name: 'Fashion-MNIST subset', source: 'https://github.com/zalandoresearch/fashion-mnist (Debian package dataset-fashion-mnist)', licence: 'MIT (see LICENSE)', width: 28, height: 28, classes, splits: {} };
for (const [split, prefix, per] of [['train', 'train', Number(trainPer)], ['test', 't10k', Number(testPer)]]) {
  const s = subset(prefix, per);
  manifest.splits[split] = { count: s.count, perClass: per, images: write(`${split}-images.u8.deflate`, s.images), labels: write(`${split}-labels.u8.deflate`, s.labels) };
}
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
const lic = fs.readFileSync('/usr/share/doc/dataset-fashion-mnist/copyright', 'utf8');
fs.writeFileSync(path.join(out, 'LICENSE'), `Fashion-MNIST, Copyright (c) 2017 Zalando SE. Licensed under the MIT licence.\nSubset made by scripts/data/make-fashion-subset.mjs from Debian's dataset-fashion-mnist package, whose copyright file follows.\n\n${lic}`);
console.log(JSON.stringify(manifest.splits, null, 1));

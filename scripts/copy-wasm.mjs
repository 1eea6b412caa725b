// Copies TensorFlow.js's WebAssembly binaries next to the site (public/tfjs-wasm/), where the
// training backend fetches them. Runs before every build and dev server (package.json "pre*").
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const from = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
const to = path.resolve(import.meta.dirname, '../public/tfjs-wasm');
fs.mkdirSync(to, { recursive: true });
for (const f of fs.readdirSync(path.join(from, 'dist')).filter((f) => f.endsWith('.wasm'))) {
  fs.copyFileSync(path.join(from, 'dist', f), path.join(to, f));
}

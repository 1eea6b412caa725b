/**
 * `npm run bench`: the figures the issues ask for.
 *  1. Time to build a convolution trace (28×28, one 3×3 kernel; 64×64 RGB, eight 3×3×3 kernels).
 *  2. The effective receptive field (gradient of one output of a 6-layer stack on a 64×64 input)
 *     and one BatchNormExplorer update (issue #3: each under 50 ms so a slider redraws live).
 *  3. The architecture catalogue's full analysis of resnet152 and of every network, and one
 *     GradientFlow recomputation at depth 50 and 100 (issue #4: under 100 ms at depth 50).
 *  4. The NetworkOverview (issue 14): one pass of the shipped classifier with every map read back
 *     (under 50 ms, so every map follows the pen), and explaining a unit of each conv layer.
 *  5. The JavaScript a lesson page loads before any widget needs TensorFlow.js (KB gzipped),
 *     and the size of the TensorFlow.js chunk that is loaded on demand.
 * Part 5 reads the static build in out/ (run `npm run build` first).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchTraces } from './bench-trace';
import { benchCatalogue } from './bench-catalogue';
import { benchEffectiveReceptiveField } from './bench-erf';
import { benchBatchNormUpdate } from './bench-batchnorm';
import { benchGradientFlow } from './bench-gradient-flow';
import { benchOverview } from './bench-overview';

const out = path.join(process.cwd(), 'out');
const TFJS_MARKER = 'tfjsflags';

function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function pageScripts(html: string): string[] {
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="(?:modulepreload|preload)"[^>]+href="([^"]+\.js)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+href="([^"]+\.js)"[^>]+rel="(?:modulepreload|preload)"/g)) srcs.add(m[1]);
  return [...srcs];
}

function bundleReport() {
  if (!fs.existsSync(path.join(out, 'index.html'))) {
    console.log('\n(no build in out/: run `npm run build` for the page-weight figures)');
    return;
  }
  console.log('\nJavaScript a lesson page loads before any widget needs TensorFlow.js (gzipped):');
  const lessonsDir = path.join(out, 'lessons');
  for (const slug of fs.readdirSync(lessonsDir).filter((d) => fs.existsSync(path.join(lessonsDir, d, 'index.html'))).sort()) {
    const html = fs.readFileSync(path.join(out, 'lessons', slug, 'index.html'), 'utf8');
    let gz = 0;
    let raw = 0;
    const withTf: string[] = [];
    for (const src of pageScripts(html)) {
      const file = path.join(out, src.replace(/^\//, ''));
      const body = fs.readFileSync(file);
      raw += body.length;
      gz += zlib.gzipSync(body, { level: 9 }).length;
      if (body.includes(TFJS_MARKER)) withTf.push(src);
    }
    console.log(`  /lessons/${slug}/  ${kb(gz)} (${kb(raw)} before gzip)${withTf.length ? `  WARNING: TensorFlow.js is in ${withTf.join(', ')}` : ', no TensorFlow.js'}`);
  }
  const chunks = path.join(out, '_next', 'static', 'chunks');
  const tfChunks = fs
    .readdirSync(chunks, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(chunks, f)).includes(TFJS_MARKER));
  for (const f of tfChunks) {
    const body = fs.readFileSync(path.join(chunks, f));
    console.log(`  TensorFlow.js chunk, loaded when a widget first needs it: ${kb(zlib.gzipSync(body, { level: 9 }).length)} gzipped (${f})`);
  }
}

async function main() {
  console.log('Convolution trace build time (median of repeated runs, CPU backend, Node):');
  for (const { label, ms } of await benchTraces()) console.log(`  ${label}: ${ms.toFixed(1)} ms`);
  console.log('\nLive widget updates (median of repeated runs, CPU backend, Node; target under 50 ms):');
  for (const { label, ms } of [...(await benchEffectiveReceptiveField()), ...(await benchBatchNormUpdate())]) {
    console.log(`  ${label}: ${ms.toFixed(1)} ms`);
  }
  console.log('\nArchitecture catalogue analysis (median of repeated runs, Node):');
  for (const { label, ms } of benchCatalogue()) console.log(`  ${label}: ${ms.toFixed(1)} ms`);
  console.log('\nGradientFlow recomputation (median of repeated runs, CPU backend, Node; target under 100 ms at depth 50):');
  for (const { label, ms } of await benchGradientFlow()) console.log(`  ${label}: ${ms.toFixed(1)} ms`);
  console.log('\nNetworkOverview on the shipped classifier (median of repeated runs, CPU backend, Node; target under 50 ms for the pass):');
  for (const { label, ms } of await benchOverview()) console.log(`  ${label}: ${ms.toFixed(1)} ms`);
  bundleReport();
}

void main();

// Training speed and accuracy in headless Chromium: opens /bench/training/ of the built site (out/)
// for each backend and prints images per second and test accuracy after a fixed time; then trains
// the siamese-triplet lesson's EmbeddingTrainer and prints how often its scatter was redrawn.
// Usage: node scripts/bench-training-browser.mjs [seconds=30] [backends=wasm,webgl,cpu]
import { chromium } from 'playwright-core';
import { startServer } from './serve-static.mjs';
import { findChromium } from './find-chromium.mjs';

const seconds = Number(process.argv[2] ?? 30);
const backends = (process.argv[3] ?? 'wasm,webgl,cpu').split(',');
const server = await startServer('out', 0);
const { port } = server.address();
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  for (const backend of backends) {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/bench/training/?backend=${backend}&seconds=${seconds}`);
    await page.getByRole('button', { name: 'Train', exact: true }).click({ timeout: 60_000 });
    const el = await page.waitForSelector('[data-bench-result], [data-bench-error]', { timeout: (seconds + 120) * 1000 });
    const raw = await el.getAttribute('data-bench-result');
    if (!raw) {
      console.log(`${backend}: failed: ${await el.textContent()}`);
      continue;
    }
    const r = JSON.parse(raw);
    const note = r.backend !== backend ? ` (asked for ${backend}; ${r.skipped.join('; ')})` : '';
    console.log(`training, small CNN, batch 32, ${r.backend}${note}: ${Math.round(r.imagesPerSecond)} images/s; test accuracy after ${r.seconds.toFixed(1)} s (${r.epochs.toFixed(1)} epochs): ${(100 * r.testAccuracy).toFixed(1)} %`);
    await page.close();
  }
  await benchEmbeddingTrainer();
} finally {
  await browser.close();
  server.close();
}

/** Redraws per second of the EmbeddingTrainer scatter over 10 s of training at 1920×1080. */
async function benchEmbeddingTrainer() {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`http://localhost:${port}/lessons/siamese-triplet/`);
  const w = page.locator('[data-widget="EmbeddingTrainer"]');
  await w.scrollIntoViewIfNeeded();
  await w.getByRole('button', { name: 'Load images and train' }).click({ timeout: 60_000 });
  const stats = w.locator('[data-part="stats"]');
  const canvas = w.locator('[data-part="scatter"]');
  await page.waitForFunction(() => Number(document.querySelector('[data-part="stats"]')?.dataset.step) >= 5, null, { timeout: 120_000 });
  const [d0, s0, t0] = [Number(await canvas.getAttribute('data-draws')), Number(await stats.getAttribute('data-step')), Date.now()];
  await page.waitForTimeout(10_000);
  const [d1, s1, t1] = [Number(await canvas.getAttribute('data-draws')), Number(await stats.getAttribute('data-step')), Date.now()];
  const secs = (t1 - t0) / 1000;
  console.log(`EmbeddingTrainer while training (1920×1080): ${((d1 - d0) / secs).toFixed(1)} scatter redraws/s, ${((s1 - s0) / secs).toFixed(1)} training steps/s (40 images each)`);
  await page.close();
}

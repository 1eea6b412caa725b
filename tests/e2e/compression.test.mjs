// The compression lesson as a reader drives it: load the trained model, prune (slider, curve,
// fine-tuning), quantise (bits, table, grid), distil (temperature, two students trained), a phone,
// dark theme, axe. Training runs are the widgets' own, short on WASM.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChallenge, finish, openSite, openWidget, snap, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/compression/`;

async function loaded(page, name) {
  // The first instance: the lesson's own; the quantisation challenge has another.
  const widget = page.locator(`[data-widget="${name}"]`).first();
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-part="load"]').click();
  return widget;
}
const num = async (loc, attr) => Number(await loc.getAttribute(attr));

describe('compression lesson', () => {
  it('reads before anything heavy loads: the widgets wait for a button', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(lesson());
    assert.equal(await page.locator('[data-widget][data-ready]').count(), 4);
    assert.equal(await page.locator('[data-part="load"]').count(), 4);
    assert.ok(!requests.some((u) => u.includes('fashion-cnn.weights') || u.includes('fashion-mnist')), 'nothing downloaded before the reader asks');
    await finish(page);
  });

  it('prunes and quantises a network the reader just trained on the page', async () => {
    const { page, widget: pruning } = await openWidget(site, lesson(), '[data-widget="PruningExplorer"] >> nth=0', { width: 1280, height: 900 });
    await pruning.locator('[data-part="train-here"]').click();
    await pruning.getByRole('progressbar', { name: 'Training progress' }).waitFor();
    const note = pruning.locator('[data-part="trained-here"]');
    await note.waitFor({ timeout: 180000 });
    const trained = Number((await note.textContent()).match(/test accuracy ([\d.]+) %/)[1]);
    assert.ok(trained > 70, `the page-trained network learned (${trained} %)`);
    await pruning.locator('[data-part="accuracy"]').filter({ hasText: 'At 90 % sparsity the test accuracy is' }).waitFor({ timeout: 90000 });
    // The other widgets on the page use the same freshly trained network once loaded.
    const quant = page.locator('[data-widget="QuantisationExplorer"]').first();
    await quant.scrollIntoViewIfNeeded();
    await quant.locator('[data-part="load"]').click();
    await quant.locator('[data-part="trained-here"]').waitFor({ timeout: 60000 });
    assert.equal(await quant.locator('[data-part="trained-here"]').textContent(), await note.textContent());
    await finish(page);
  });

  it('PruningExplorer: accuracy falls as the sparsity rises, and fine-tuning recovers some', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const widget = await loaded(page, 'PruningExplorer');
    const status = widget.locator('[data-part="accuracy"]');
    await status.filter({ hasText: 'At 90 % sparsity the test accuracy is' }).waitFor({ timeout: 90000 });
    const slider = widget.getByRole('slider', { name: /Sparsity/ });
    await slider.focus();
    await page.keyboard.press('Home');
    await status.filter({ hasText: 'At 0 % sparsity' }).waitFor({ timeout: 30000 });
    const full = await num(status, 'data-accuracy');
    await page.keyboard.press('End');
    await status.filter({ hasText: 'At 99 % sparsity' }).waitFor({ timeout: 30000 });
    const gone = await num(status, 'data-accuracy');
    assert.ok(full > 0.8 && gone < full - 0.2, `${full} → ${gone}`);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await status.filter({ hasText: 'At 95 % sparsity' }).waitFor({ timeout: 30000 });
    const batches = widget.getByLabel('Fine-tuning batches');
    await batches.fill('30');
    await widget.locator('[data-part="fine-tune"]').click();
    const tuned = widget.locator('[data-part="fine-tune-status"]');
    await tuned.filter({ hasText: 'After 30 batches' }).waitFor({ timeout: 90000 });
    assert.ok((await num(tuned, 'data-after')) > (await num(tuned, 'data-before')));
    await widget.scrollIntoViewIfNeeded();
    await finish(page, 'compression-pruning-1280');
  });

  it('QuantisationExplorer: 8 bits keep the accuracy, 2 bits lose it; sizes in bytes', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const widget = await loaded(page, 'QuantisationExplorer');
    const row = (b) => widget.locator(`tr[data-bits="${b}"]`);
    await widget.locator('tr[data-bits="2"]:not([data-accuracy=""])').waitFor({ timeout: 90000 });
    const a8 = await num(row(8), 'data-accuracy');
    const a2 = await num(row(2), 'data-accuracy');
    assert.ok(a8 > 0.8 && a2 < a8 - 0.2, `${a8} vs ${a2}`);
    assert.equal(await num(row(4), 'data-bytes'), 53376);
    await widget.getByRole('radio', { name: '2 bits' }).check();
    await widget.locator('[data-part="quant-status"]').filter({ hasText: '2 bits: test accuracy' }).waitFor();
    await widget.getByRole('radio', { name: 'output channel' }).check();
    await widget.locator('tr[data-bits="2"]:not([data-accuracy=""])').waitFor({ timeout: 90000 });
    await widget.scrollIntoViewIfNeeded();
    await finish(page, 'compression-quantisation-1280');
  });

  it('DistillationTrainer: a higher T softens the targets; the distilled student beats the one alone', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const widget = await loaded(page, 'DistillationTrainer');
    const soft = widget.locator('[data-part="soft-targets"]');
    await soft.waitFor({ timeout: 90000 });
    const topAt4 = await num(soft, 'data-top');
    const t = widget.getByRole('slider', { name: 'Temperature T' });
    await t.focus();
    await page.keyboard.press('End');
    await widget.getByText('filled at T = 20').waitFor();
    assert.ok((await num(soft, 'data-top')) < topAt4);
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await widget.getByText('filled at T = 4.').waitFor();
    await widget.getByRole('button', { name: 'Train', exact: true }).click();
    const result = widget.locator('[data-part="distill-result"]');
    await widget.locator('[data-part="distill-result"][data-step="300"]').waitFor({ timeout: 150000 });
    const d = await num(result, 'data-distilled');
    const a = await num(result, 'data-alone');
    assert.ok(d > a && a > 0.3, `distilled ${d}, alone ${a}`);
    await result.scrollIntoViewIfNeeded();
    await finish(page, 'compression-distillation-1280');
  });

  // Every widget loaded (each waits for a button) and PruningExplorer's accuracy measured.
  sweep(() => site, 'compression', {
    reducedMotion: 'reduce',
    ready: async (page, { theme, width }) => {
      for (const name of ['PruningExplorer', 'QuantisationExplorer', 'DistillationTrainer']) {
        const w = await loaded(page, name);
        await w.locator('[data-part="load"]').waitFor({ state: 'detached', timeout: 90000 });
      }
      await page.locator('[data-widget="PruningExplorer"] [data-part="accuracy"]').filter({ hasText: 'test accuracy is' }).waitFor({ timeout: 90000 });
      for (const name of ['PruningExplorer', 'QuantisationExplorer', 'DistillationTrainer']) {
        await page.locator(`[data-widget="${name}"]`).first().scrollIntoViewIfNeeded();
        await snap(page, `compression-${name}-${theme}-${width}`);
      }
    },
  });
});

describe('the quantisation budget challenge', () => {
  it('refuses 8 bits and one scale per tensor, accepts 4 bits per output channel', async () => {
    const { page, widget: ch } = await openWidget(site, lesson(), '[data-challenge="compression-budget-challenge"]', { width: 1280, height: 900 });
    const w = ch.locator('[data-widget="QuantisationExplorer"]');
    await w.locator('[data-part="load"]').click();
    await w.getByRole('radio', { name: 'output channel' }).waitFor({ timeout: 90000 });
    assert.match(await checkChallenge(ch, 'Not yet.'), /one scale per output channel/);
    await w.getByRole('radio', { name: 'output channel' }).check();
    assert.match(await checkChallenge(ch, 'Not yet.'), /over the 60000-byte budget/);
    await w.getByRole('radio', { name: '4 bits' }).check();
    assert.match(await checkChallenge(ch, 'Goal reached.'), /53848 bytes/);
    await ch.scrollIntoViewIfNeeded();
    await finish(page, 'challenge-compression');
  });
});

// The batch-norm lesson as a reader drives it: sliders by keyboard, stepping batch after batch,
// the training/inference switch, the impossible batch, shared links, phones, themes, axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, openSite, snap, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/batch-norm/`;

/** The widget once TensorFlow.js has loaded and its first batch is computed. */
async function explorer(page, id) {
  const widget = page.locator(`[data-widget="BatchNormExplorer"]#${id}`);
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-part="steps"]').waitFor({ timeout: 30000 });
  return widget;
}

const text = (loc) => loc.textContent();
/** Numbers with three decimals in a text, in order (− read as a minus). */
const numbers = (s) => [...s.replaceAll('−', '-').matchAll(/-?\d+\.\d{3}/g)].map((m) => Number(m[0]));
const stats = async (widget, channel, part) => {
  const s = (await text(widget.locator(`[data-channel="${channel}"] [data-part="${part}"]`))).replaceAll('−', '-');
  const [, mean, sd] = s.match(/mean (-?[\d.]+), sd ([\d.]+)/);
  return { mean: Number(mean), sd: Number(sd) };
};

describe('BatchNormExplorer', () => {
  it('normalises each channel: γ and β set the output, the input scale does not', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page, 'batch-norm-steps');
    assert.deepEqual(await stats(widget, 0, 'after-stats'), { mean: 0, sd: 1 });
    const before = await stats(widget, 0, 'before-stats');

    // Keyboard only: four steps right on γ (0.05 each), then the mean slider of the input.
    const gamma = widget.getByLabel('γ (scale) of channel 1');
    await gamma.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    const beta = widget.getByLabel('β (shift) of channel 1');
    await beta.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await widget.locator('[data-channel="0"] [data-part="after-stats"]').filter({ hasText: 'sd 1.20' }).waitFor();
    assert.deepEqual(await stats(widget, 0, 'after-stats'), { mean: -0.2, sd: 1.2 });
    assert.deepEqual(await stats(widget, 1, 'after-stats'), { mean: 0, sd: 1 }, 'channel 2 has its own γ and β');

    const mean = widget.getByLabel("Mean of channel 1's activations");
    await mean.focus();
    await page.keyboard.press('End');
    const moved = await stats(widget, 0, 'before-stats');
    assert.ok(moved.mean > before.mean + 1, 'the input moved');
    assert.deepEqual(await stats(widget, 0, 'after-stats'), { mean: -0.2, sd: 1.2 }, 'the output did not');
    await finish(page, 'batch-norm-steps-1280');
  });

  it('steps batch after batch with PyTorch’s momentum rule and announces each step', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page, 'batch-norm-steps');
    for (let k = 1; k <= 3; k++) {
      const steps = await text(widget.locator('[data-part="steps"]'));
      // Step 1's last number is μ_B; the update line reads 0.90 · old + 0.10 · μ_B = new.
      const status = numbers(await text(widget.locator('[data-part="running"]')));
      const oldMean = status[0];
      const batchMean = numbers(steps.split('Then the running averages')[0]).find((v) => v !== 0);
      const next = widget.getByRole('button', { name: 'Next batch' });
      await next.focus();
      await page.keyboard.press('Enter');
      await widget.getByText(`Trained on 1 batch. After ${k} batch`).waitFor();
      const newMean = numbers(await text(widget.locator('[data-part="running"]')))[0];
      assert.ok(Math.abs(newMean - (0.9 * oldMean + 0.1 * batchMean)) <= 0.0015, `batch ${k}: ${newMean} = 0.9 · ${oldMean} + 0.1 · ${batchMean}`);
    }
    await widget.getByRole('button', { name: 'Train 10 batches' }).click();
    await widget.getByText('Trained on 10 batches. After 13 batches').waitFor();

    // The chart is a focusable figure: Home points at the first batch, the readout follows.
    const chart = widget.getByRole('group', { name: /Running mean, batch after batch of channel 1 over the last 13 batches/ });
    await chart.focus();
    await page.keyboard.press('Home');
    await widget.locator('[aria-live="polite"]').filter({ hasText: /^Batch 1: batch mean/ }).waitFor();
    await page.keyboard.press('ArrowRight');
    await widget.locator('[aria-live="polite"]').filter({ hasText: /^Batch 2: batch mean/ }).waitFor();

    await widget.getByRole('button', { name: 'Reset running statistics' }).click();
    assert.match(await text(widget.locator('[data-part="running"]')), /After 0 batches: channel 1's running mean 0\.000, running variance 1\.000/);
    await finish(page);
  });

  it('shows training and inference disagreeing on a batch of 2, and explains a batch of 1', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const widget = await explorer(page, 'batch-norm-modes');
    // Two samples per feature: the normalised first value is ±1 (ε is tiny next to the spread).
    assert.match(await text(widget.locator('[data-part="steps"]')), /= −?0\.99\d/);
    await widget.getByRole('button', { name: 'Train 10 batches' }).click();
    await widget.getByText('Trained on 10 batches.').waitFor();
    const gap2 = numbers(await text(widget.locator('[data-part="mode-gap"]')))[0];
    await widget.getByRole('radio', { name: 'Inference (running statistics)' }).check();
    await widget.getByText('The same steps for channel 1, inference mode').waitFor();
    await widget.getByLabel('Batch size N').selectOption('64');
    await widget.getByText(/over the N = 64 samples/).waitFor();
    const gap64 = numbers(await text(widget.locator('[data-part="mode-gap"]')))[0];
    assert.ok(gap64 < gap2, `a batch of 64 agrees better (${gap64}) than a batch of 2 (${gap2})`);
    await snap(page, 'batch-norm-modes-1920');

    await widget.getByRole('radio', { name: 'Training (batch statistics)' }).check();
    await widget.getByLabel('Batch size N').selectOption('1');
    await widget.getByRole('alert').filter({ hasText: 'Training mode is impossible here' }).waitFor();
    assert.equal(await widget.getByRole('button', { name: 'Next batch' }).isDisabled(), true);
    assert.match(await text(widget.locator('[data-part="steps"]')), /inference mode/, 'the steps fall back to inference');
    await widget.getByRole('radio', { name: 'Convolution (4×4 maps)' }).check();
    await widget.getByText(/N × H × W = 1 × 4 × 4 = 16 values/).waitFor();
    assert.equal(await widget.getByRole('button', { name: 'Next batch' }).isDisabled(), false, 'one image of 4×4 is enough after a convolution');
    await finish(page);
  });

  it('hands its state, running statistics included, over in a link; a bad link is explained in place', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page, 'batch-norm-steps');
    await widget.getByRole('button', { name: 'Train 10 batches' }).click();
    await widget.getByText('Trained on 10 batches.').waitFor();
    const status = await text(widget.locator('[data-part="running"]'));
    await widget.getByRole('button', { name: 'Copy link' }).click();
    await widget.getByText(/Link copied|address bar/).waitFor();
    const student = await site.page();
    await student.goto(page.url());
    const same = await explorer(student, 'batch-norm-steps');
    assert.equal(await text(same.locator('[data-part="running"]')), status);

    const bad = await site.page();
    await bad.goto(`${lesson()}?w.batch-norm-steps=${encodeURIComponent(JSON.stringify({ runningVar: [1, -1] }))}`);
    const w = await explorer(bad, 'batch-norm-steps');
    await w.getByRole('alert').filter({ hasText: /runningVar, entry 2: must be a positive number/ }).waitFor();
    assert.match(await text(w.locator('[data-part="running"]')), /After 0 batches/);
  });

  sweep(() => site, 'batch-norm', {
    reducedMotion: 'reduce',
    ready: async (page) => {
      for (const id of ['batch-norm-steps', 'batch-norm-shape', 'batch-norm-modes']) await explorer(page, id);
    },
  });

  it('reads before TensorFlow.js arrives: text and math are in the HTML', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(lesson());
    assert.equal(await page.locator('h1').textContent(), 'Batch normalization');
    assert.ok((await page.locator('.prose .katex-display').count()) >= 6);
    assert.ok(await page.getByText('Loading the compute engine…').first().isVisible(), 'the widget shows a placeholder');
  });
});

describe('The γ and β challenge', () => {
  it('refuses the right spread with the wrong mean, then reaches mean 1.5 and sd 0.5', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const challenge = page.locator('[data-challenge="batch-norm-gamma-beta-challenge"]');
    const widget = await explorer(page, 'batch-norm-challenge');
    const check = challenge.getByRole('button', { name: 'Check the widget' });
    const verdict = challenge.locator('[data-feedback]');
    const after = widget.locator('[data-channel="0"] [data-part="after-stats"]');

    // γ from 1 down to 0.5: ten steps of 0.05.
    await widget.getByLabel('γ (scale) of channel 1').focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await after.filter({ hasText: 'sd 0.50' }).waitFor();
    await check.click();
    await verdict.filter({ hasText: 'Not yet.' }).waitFor();
    assert.match(await verdict.textContent(), /the mean should be 1\.50/);
    assert.doesNotMatch(await verdict.textContent(), /standard deviation should be/);

    // β from 0 up to 1.5: fifteen steps of 0.1.
    await widget.getByLabel('β (shift) of channel 1').focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    await after.filter({ hasText: 'mean 1.50' }).waitFor();
    await check.click();
    await verdict.filter({ hasText: 'Goal reached.' }).waitFor();
    assert.match(await verdict.textContent(), /mean 1\.50 and standard deviation 0\.50/);
    await challenge.screenshot({ path: new URL('../../screenshots/batch-norm-challenge.png', import.meta.url).pathname });
    await finish(page);
  });
});

// The sandbox in a browser, trained: on WASM with pause and resume, the views inside the trained
// network, every preset above chance, and accessibility and layout at 1920, 1280 and 360 px in
// both themes with a trained network on the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, finish, openSite, snap } from './harness.mjs';
import { openSandbox, pct, blocks, preset, trainButton, noSideScroll } from './sandbox.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const open = (options, href) => openSandbox(site, options, href);

/**
 * The trained network leaves the sandbox: PyTorch code (with the residual block's class), its
 * weights as a file with a tensor per state-dict key, and "Look inside" on the overview page,
 * which draws the same network (its layers and its prediction). Then back to the sandbox.
 */
async function takeAway(page) {
  await page.getByText('Show the PyTorch code').click();
  const code = await page.getByTestId('pytorch-code').innerText();
  assert.match(code, /class Residual\(nn\.Module\)/);
  assert.match(code, /nn\.Linear\(\d+, 10\)/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Weights for PyTorch (.json)' }).click()]);
  assert.equal(download.suggestedFilename(), 'course_net_pytorch_weights.json');
  const saved = JSON.parse(await (await download.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString('utf8')));
  assert.ok(Object.keys(saved.tensors).some((k) => k.endsWith('.conv1.weight')), 'the residual block’s weights are in the file');
  assert.ok(Object.keys(saved.tensors).some((k) => k.endsWith('.bn1.running_var')), 'with its batch-norm statistics');
  const accuracy = pct(await page.getByTestId('test-accuracy').innerText());
  await Promise.all([page.waitForURL(/\/inside\/$/), page.getByTestId('look-inside').click()]);
  const overview = page.locator('[data-widget="NetworkOverview"]');
  await overview.locator('[data-part="prediction"]').filter({ hasText: /The network says .+, with probability [\d.]+ %\./ }).waitFor({ timeout: 90_000 });
  assert.ok((await overview.getByText(/residual/i).count()) > 0, 'the overview draws the residual block');
  assert.ok(accuracy > 0, 'the sandbox reported an accuracy before handing over');
  await page.goBack();
  await page.waitForSelector('[data-sandbox][data-ready]');
  await page.getByLabel('Training images').selectOption('1000');
}

describe('sandbox training', () => {
  it('trains on WASM with pause and resume, then shows filters, feature maps, confusion matrix and mistakes', async () => {
    const page = await open({ width: 1920, height: 1080 });
    // Before a run each chart prompts for one instead of drawing empty axes.
    assert.equal(await page.getByText('No run yet: press Train to draw the curves.').count(), 2);
    assert.equal(await page.locator('svg[data-chart]').count(), 0);
    await page.getByLabel('Training images').selectOption('3000');
    await page.getByLabel('Epochs').selectOption('2');
    await trainButton(page).click();
    const progress = page.getByRole('progressbar', { name: 'Training progress' });
    await page.waitForFunction(() => Number(document.querySelector('progress[aria-label="Training progress"]')?.value) >= 5, null, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText('Paused.').waitFor();
    const paused = Number(await progress.getAttribute('value'));
    await page.waitForTimeout(600);
    assert.equal(Number(await progress.getAttribute('value')), paused, 'nothing trains while paused');
    await page.getByTestId('test-accuracy').waitFor(); // the paused network is evaluated
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText('Finished.').waitFor({ timeout: 180_000 });
    assert.equal(Number(await progress.getAttribute('value')), 2 * Math.ceil(3000 / 32));
    assert.match(await page.getByText(/Training on the WASM backend/).innerText(), /WASM/);
    const accuracy = pct(await page.getByTestId('test-accuracy').innerText());
    assert.ok(accuracy > 0.6, `test accuracy ${accuracy} (chance is 10 %)`);
    // The chart's drawing is hidden from screen readers; its text alternative says the latest loss.
    const loss = page.locator('figure').filter({ has: page.locator('svg[data-chart="Loss while training"]') });
    assert.ok((await loss.locator('svg[data-chart] path').getAttribute('d')).split('L').length > 50, 'a loss curve is drawn');
    assert.match(await loss.locator('p.visually-hidden').textContent(), /^Loss while training: line chart\. training loss \(mean of the last 10 batches\): 0\.\d+/);

    // the first convolution's six 5×5 filters
    assert.equal(await page.getByTestId('filters').locator('canvas').count(), 6);
    assert.match(await page.getByTestId('filters').locator('canvas').first().getAttribute('aria-label'), /Filter 1, 5×5, weights from -?\d/);
    // the confusion matrix: 10×10 counts summing to the 1,000 test images, its diagonal the accuracy
    const cells = await page.getByTestId('confusion').locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent))));
    assert.equal(cells.length, 10);
    assert.ok(cells.every((r) => r.length === 10));
    assert.equal(cells.flat().reduce((a, b) => a + b, 0), 1000);
    const diagonal = cells.reduce((s, r, i) => s + r[i], 0);
    assert.equal(diagonal / 1000, accuracy);
    // the mistakes: as many as the matrix has off the diagonal, labelled with both classes
    assert.match(await page.getByTestId('mistakes').locator('..').innerText(), new RegExp(`24 of the ${1000 - diagonal} test images the network got wrong`));
    assert.match(await page.getByTestId('mistakes').locator('canvas').first().getAttribute('aria-label'), /true: .+, predicted: .+/);
    // feature maps of a picked image, at a chosen layer
    const strip = page.getByRole('group', { name: 'Pick a test image' });
    await strip.getByRole('button', { name: /Test image 2: Trouser/ }).click();
    assert.equal(await strip.getByRole('button', { name: /Test image 2: Trouser/ }).getAttribute('aria-pressed'), 'true');
    const maps = page.getByTestId('feature-maps').locator('canvas');
    assert.equal(await maps.count(), 6);
    const first = await maps.first().evaluate((c) => c.toDataURL());
    await page.getByLabel('Layer', { exact: true }).selectOption({ label: '4. Conv (10×10×16)' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="feature-maps"] canvas').length === 16);
    assert.equal(await maps.first().getAttribute('width'), String(10 * 4));
    await strip.getByRole('button', { name: /Test image 1: / }).click();
    await page.getByLabel('Layer', { exact: true }).selectOption({ index: 0 });
    assert.notEqual(await maps.first().evaluate((c) => c.toDataURL()), first, 'another image, other maps');
    assert.match(await page.getByTestId('prediction').innerText(), /The network says: .+ \(\d+\.\d %\)/);
    await page.evaluate(() => document.getElementById('sandbox-inside').scrollIntoView({ block: 'start' }));
    await snap(page, 'sandbox-inside-1920');
    // editing afterwards says the views show the network as it was trained
    await blocks(page).first().getByLabel('Filters').fill('8');
    await page.getByText(/You changed the network after this run/).waitFor();
    assert.equal(await page.getByTestId('filters').locator('canvas').count(), 6);
    // Reset clears the run
    await page.getByRole('button', { name: 'Reset' }).click();
    assert.equal(await page.getByTestId('confusion').count(), 0);
    await finish(page);
  });

  it('every preset trains to well above chance in a short run', async () => {
    const page = await open();
    await page.getByLabel('Training images').selectOption('1000');
    for (const name of ['VGG-like stack', 'Tiny ResNet', 'MobileNet-like']) {
      await preset(page, name);
      await trainButton(page).click();
      await page.getByText('Finished.').waitFor({ timeout: 180_000 });
      const accuracy = pct(await page.getByTestId('test-accuracy').innerText());
      assert.ok(accuracy > 0.3, `${name}: test accuracy ${accuracy} after one epoch on 1,000 images (chance 10 %)`);
      assert.ok((await page.getByTestId('filters').locator('canvas').count()) >= 1, `${name}: filters shown`);
      if (name === 'Tiny ResNet') await takeAway(page);
    }
    await finish(page);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no serious accessibility problem in the ${theme} theme, and looks right at 1920, 1280 and 360 px`, async () => {
      const page = await open({ width: 1920, height: 1080 });
      if (theme === 'dark') {
        await page.getByRole('button', { name: /dark theme/i }).click();
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      }
      await page.getByLabel('Training images').selectOption('1000');
      await trainButton(page).click();
      await page.getByTestId('confusion').waitFor({ timeout: 120_000 });
      assert.deepEqual(await axeViolations(page), []);
      const show = (id) => page.evaluate((i) => document.getElementById(i).scrollIntoView({ block: 'start' }), id);
      await page.evaluate(() => window.scrollTo(0, 0));
      await snap(page, `sandbox-top-1920-${theme}`);
      await show('sandbox-train');
      await snap(page, `sandbox-train-1920-${theme}`);
      await show('sandbox-inside');
      await snap(page, `sandbox-inside-1920-${theme}`);
      for (const [width, height] of [[1280, 720], [360, 800]]) {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => window.scrollTo(0, 0));
        await noSideScroll(page);
        await snap(page, `sandbox-top-${width}-${theme}`);
        await show('sandbox-train');
        await snap(page, `sandbox-train-${width}-${theme}`);
        await show('sandbox-inside');
        await snap(page, `sandbox-inside-${width}-${theme}`);
        await noSideScroll(page);
      }
      assert.deepEqual(await axeViolations(page), []);
      await finish(page);
    });
  }
});

// The preprocessing lesson as a reader drives it: stepping the point cloud by keyboard, sliders,
// a link that asks for the impossible, the image means, the saturating neuron, phones and themes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { challenge, finish, openSite, openWidget, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/preprocessing/`;
const live = (widget) => widget.locator('[aria-live="polite"]');
const stat = (widget, label) => widget.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

describe('PreprocessingExplorer', () => {
  it('steps through the five stages with the arrow keys, announcing each', async () => {
    const { page, widget } = await openWidget(site, lesson(), '[data-widget="PreprocessingExplorer"]#preprocessing-cloud', { width: 1280, height: 900 });
    const first = widget.getByRole('tab', { selected: true });
    assert.match(await first.textContent(), /Raw/);
    await first.focus();
    await page.keyboard.press('ArrowRight');
    assert.match(await live(widget).textContent(), /^Step 2 of 5, Zero-centred:/);
    assert.equal(await stat(widget, 'Mean μ').textContent(), '(0, 0)');
    await page.keyboard.press('ArrowRight');
    assert.equal(await stat(widget, 'Standard deviation σ').textContent(), '(1.000, 1.000)');
    await page.keyboard.press('ArrowRight');
    assert.match(await live(widget).textContent(), /^Step 4 of 5, Decorrelated \(PCA\):/);
    assert.equal(await stat(widget, 'Correlation').textContent(), '0', 'PCA leaves no correlation');
    await page.keyboard.press('End');
    assert.match(await live(widget).textContent(), /^Step 5 of 5, Whitened:/);
    assert.match(await stat(widget, 'Eigenvalues of Σ').textContent(), /λ₁ = 1\.000, λ₂ = 1\.000/);
    await page.keyboard.press('Home');
    assert.match(await live(widget).textContent(), /^Step 1 of 5, Raw:/);
    // The buttons step too.
    await widget.getByRole('button', { name: 'Next step' }).click();
    assert.match(await live(widget).textContent(), /^Step 2 of 5/);
    await finish(page, 'preprocessing-cloud-1280');
  });

  it('redraws live while a slider moves', async () => {
    const { page, widget } = await openWidget(site, lesson(), '#preprocessing-cloud', { width: 1280, height: 900 });
    const before = await stat(widget, 'Correlation').textContent();
    const slider = widget.getByLabel('Correlation ρ');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    assert.notEqual(await stat(widget, 'Correlation').textContent(), before);
    assert.equal(await widget.getByRole('radio', { name: 'Custom' }).isChecked(), true, 'moving a slider leaves the preset');
    // Time one update: set a value, let React render and the browser paint.
    const ms = await page.evaluate(async () => {
      const input = document.querySelector('#preprocessing-cloud input[type="range"]');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const times = [];
      for (const v of [0.1, 0.5, -0.3, 0.9, 0.2, -0.7]) {
        const t0 = performance.now();
        setter.call(input, String(v));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => r()));
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    });
    assert.ok(ms < 50, `a slider update took ${ms.toFixed(1)} ms (median)`);
  });

  it('explains in place why a line cannot be whitened with ε = 0, and recovers', async () => {
    const page = await site.page();
    const state = { rho: 1, epsilon: 0, stage: 'whitened', preset: 'custom' };
    await page.goto(`${lesson()}?w.preprocessing-line=${encodeURIComponent(JSON.stringify(state))}`);
    const widget = page.locator('#preprocessing-line');
    await widget.scrollIntoViewIfNeeded();
    await widget.getByRole('alert').filter({ hasText: 'Cannot whiten with ε = 0' }).waitFor();
    await widget.getByRole('radio', { name: '1e-5' }).check();
    assert.equal(await widget.getByRole('alert').count(), 0);
    assert.match(await stat(widget, 'Eigenvalues of Σ').textContent(), /λ₁ = 1\.000/);
    await finish(page);
  });

  it('reports a bad link and keeps working with its defaults', async () => {
    const page = await site.page();
    await page.goto(`${lesson()}?w.preprocessing-cloud=${encodeURIComponent(JSON.stringify({ rho: 3 }))}`);
    const widget = page.locator('#preprocessing-cloud');
    await widget.getByRole('alert').filter({ hasText: /rho must be between -1 and 1 \(got 3\)/ }).waitFor();
    assert.equal(await stat(widget, 'Correlation').textContent(), '0.778');
  });
});

describe('MeanImageExplorer', () => {
  it('compares the mean image and the mean colour, and picks images by keyboard', async () => {
    const { page, widget } = await openWidget(site, lesson(), '[data-widget="MeanImageExplorer"]', { width: 1920, height: 1080 });
    await widget.getByText('16 × 16 × 3 = 768 numbers to store').waitFor();
    assert.ok(await widget.getByText(/largest in any pixel and channel: 0\.00$/).isVisible());
    assert.ok(await widget.getByText(/largest in any pixel and channel: 99\.59$/).isVisible());
    await widget.getByRole('radio', { name: 'Training image 1', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.match(await widget.locator('figcaption', { hasText: 'Picked' }).textContent(), /Training image 3/);
    await widget.getByRole('radio', { name: 'New image, not in the training set' }).check();
    assert.match(await widget.locator('figcaption', { hasText: 'Picked' }).textContent(), /not in the training set/);
    await widget.getByRole('radio', { name: 'Centred objects' }).check();
    await widget.getByRole('radio', { name: '32' }).check();
    assert.ok(await widget.getByText(/largest in any pixel and channel: 0\.00$/).isVisible(), 'the mean image still cancels exactly');
    await finish(page, 'preprocessing-mean-image-1920');
  });
});

describe('SigmoidSaturation', () => {
  it('measures saturation for raw and normalised inputs', async () => {
    const { page, widget } = await openWidget(site, lesson(), '[data-widget="SigmoidSaturation"]#preprocessing-saturation');
    const row = (name) => widget.getByRole('row', { name: new RegExp(`^${name}`) });
    assert.match(await row('Raw pixels').textContent(), /76\.7 %/);
    assert.match(await row('Normalised').textContent(), /0\.0 %/);
    await widget.getByRole('radio', { name: 'Normalised (mean 0, std 1)' }).check();
    assert.match(await widget.locator('p', { hasText: /^Normalised \(mean 0, std 1\): / }).textContent(), /0\.0 % of the pre-activations are saturated/);
    // Large weights saturate even normalised inputs.
    const slider = widget.getByLabel('Weight scale σw');
    await slider.focus();
    await page.keyboard.press('End');
    assert.equal(await widget.locator('output').textContent(), '1.00');
    assert.doesNotMatch(await row('Normalised').textContent(), / 0\.0 %/);
  });
});

describe('the preprocessing lesson page', () => {
  it('reads without JavaScript: text and typeset math, square roots included', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(lesson());
    assert.ok((await page.locator('.prose p').count()) > 20);
    assert.ok((await page.locator('.prose .katex-display').count()) >= 6);
    assert.equal(await page.locator('.katex-error').count(), 0);
  });

  it('draws the square-root sign of the whitening formula', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const height = await page.locator('.prose .katex .sqrt svg').first().evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(height > 5, `the radical's SVG is ${height}px tall`);
  });

  sweep(() => site, 'preprocessing', { ready: (page) => page.waitForSelector('[data-widget] svg') });
});

describe('the saturation challenge', () => {
  it('refuses raw pixels at σw = 1/√d on 16 × 16 patches and accepts normalised ones', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const c = challenge(page, 'preprocessing-saturation-challenge');
    await c.section.scrollIntoViewIfNeeded();
    const widget = c.section.locator('[data-widget="SigmoidSaturation"]');
    // The goal is not met at the start (5 × 5 patches).
    assert.match(await c.check('wrong'), /Use 16 × 16 patches/);
    await widget.getByRole('radio', { name: '16×16×3', exact: true }).check();
    await widget.getByRole('button', { name: /^Set σw = 1\/√d/ }).click();
    assert.match(await c.check('wrong'), /Not yet\..*raw 0–255 pixels.*saturated.*Raw pixels are in the hundreds/);
    // Keyboard: the input radios move with the arrow keys, from raw to "Divided by 255".
    await widget.getByRole('radio', { name: 'Raw pixels 0–255' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await widget.getByRole('radio', { name: 'Divided by 255' }).isChecked(), true);
    assert.match(await c.check('right'), /Goal reached\..*pixels divided by 255.*0\.0 %/);
    await widget.getByRole('radio', { name: 'Normalised (mean 0, std 1)' }).check();
    assert.match(await c.check('right'), /normalised pixels/);
    await c.section.scrollIntoViewIfNeeded();
    await c.section.locator('[data-feedback]').scrollIntoViewIfNeeded();
    await finish(page, 'preprocessing-challenge-1280');
  });
});

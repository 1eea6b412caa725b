// The fc-dropout lesson's widgets as a reader drives them: numbers checked by hand-computed dot
// products, keyboard, shared links, reduced motion, 360 px, accessibility.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, openSite, openWidget, snap, sweep, SWEEP_CASES } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/fc-dropout/`;
const live = (widget) => widget.locator('[aria-live="polite"]').last();
const values = (loc) => loc.locator('[data-value]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
const parse = (t) => Number(t.replace('−', '-'));

async function fcWidget(page) {
  const widget = page.locator('[data-widget="FcAsConv"]#fc-dropout-fc-as-conv');
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-part="max-diff"]').waitFor({ timeout: 30000 });
  return widget;
}

describe('FcAsConv', () => {
  it('gives the same outputs both ways, each equal to the dot product of the image with the reshaped row plus its bias', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const widget = await fcWidget(page);
    const image = await values(widget.locator('[data-part="image"]'));
    const figure = widget.getByRole('group', { name: /Fully connected layer and convolution/ });
    const rows = await widget.locator('tbody tr').count();
    assert.equal(rows, 4);
    for (let unit = 0; unit < rows; unit++) {
      const kernel = await values(widget.locator('[data-part="kernel"]'));
      assert.equal(kernel.length, image.length, 'the kernel is as large as the image');
      const bias = Number(await widget.locator('[data-part="bias"]').getAttribute('data-value'));
      const expected = image.reduce((s, v, i) => s + v * kernel[i], bias);
      const row = widget.locator('tbody tr').nth(unit);
      const fc = parse(await row.locator('[data-part="fc"]').textContent());
      const conv = parse(await row.locator('[data-part="conv"]').textContent());
      assert.ok(Math.abs(fc - expected) < 6e-4, `unit ${unit + 1}: fully connected ${fc} vs ${expected}`);
      assert.equal(fc, conv, 'equal to the printed precision');
      assert.match(await live(widget).textContent(), new RegExp(`^Output unit ${unit + 1}: fully connected`));
      await figure.focus();
      await page.keyboard.press('ArrowDown');
    }
    const diff = await widget.locator('[data-part="max-diff"]').textContent();
    const d = diff.endsWith('(identical floats)') ? 0 : parse(diff.split(': ')[1]);
    assert.ok(d < 1e-5, diff);
    await finish(page, 'fc-dropout-fc-as-conv-1920');
  });

  it('on a larger image slides the kernels: the window moves with the keyboard and the map has one value per window', async () => {
    const page = await site.page({ width: 360, height: 800 });
    await page.goto(lesson());
    const widget = await fcWidget(page);
    await widget.getByLabel('Image larger by').fill('2');
    await widget.getByText(/cannot take the whole image/).waitFor();
    await widget.getByRole('group', { name: /Fully connected layer and convolution/ }).focus();
    await page.keyboard.press('End');
    assert.match(await live(widget).textContent(), /^Output unit 1, window at row 3, column 3: /);
    const said = await live(widget).textContent();
    const [, fc, conv] = said.match(/fully connected (\S+), convolution (\S+)\./);
    assert.equal(fc, conv);
    const map = widget.locator('[data-part="outputs"] [data-value]');
    assert.equal(await map.count(), 9, '5 × 5 image, 3 × 3 kernel: a 3 × 3 map');
    assert.equal(Number((await map.nth(8).getAttribute('data-value'))).toFixed(3), parse(conv).toFixed(3));
    await widget.getByLabel('Channels C').fill('9');
    await widget.getByRole('alert').filter({ hasText: /Channels C must be between 1 and 4/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await snap(page, 'fc-dropout-fc-as-conv-360');
  });
});

describe('PointwiseConv', () => {
  it('multiplies the chosen pixel by the weight matrix, chosen with the keyboard or the mouse', async () => {
    const { page, widget } = await openWidget(site, lesson(), '[data-widget="PointwiseConv"]');
    await widget.locator('[data-part="max-diff"]').waitFor({ timeout: 30000 });
    assert.match(await widget.locator('[data-part="max-diff"]').textContent(), /all 16 pixels/);
    await widget.getByRole('group', { name: /1×1 convolution, pixel by pixel/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.match(await live(widget).textContent(), /^Pixel at row 2, column 2: output /);
    // The announced outputs are the two output maps' values at that pixel (index 5 of 16).
    const out = await values(widget.locator('[data-part="outputs"]'));
    const said = (await live(widget).textContent()).match(/output (.+)\.$/)[1].split(', ').map(parse);
    assert.deepEqual(said, [out[5], out[16 + 5]].map((v) => Number(v.toFixed(3))));
    await widget.locator('[data-part="outputs"] [data-value]').nth(15).click();
    assert.match(await live(widget).textContent(), /^Pixel at row 4, column 4: /);
    await finish(page);
  });
});

describe('DropoutDemo', () => {
  it('draws masks one at a time and in hundreds; for a linear layer the mean over masks is the full output', async () => {
    const { page, widget } = await openWidget(site, lesson(), '[data-widget="DropoutDemo"]#fc-dropout-linear', { width: 1920, height: 1080 });
    assert.equal(await widget.locator('[data-part="count"]').textContent(), 'Masks drawn: 1');
    await widget.getByRole('button', { name: 'Draw a mask' }).click();
    assert.equal(await widget.locator('[data-part="count"]').textContent(), 'Masks drawn: 2');
    assert.match(await live(widget).textContent(), /^Mask 2: kept units [\d, ]+ and multiplied by 2\.00, \d dropped\./);
    await widget.getByRole('button', { name: '+100 masks' }).click();
    assert.equal(await widget.locator('[data-part="count"]').textContent(), 'Masks drawn: 102');
    const target = await widget.locator('[data-part="target"]').allTextContents();
    const mean = await widget.locator('[data-part="mean"]').allTextContents();
    assert.deepEqual(mean, target);
    // Dropping nothing: every mask is the full network.
    await widget.getByLabel('Drop probability p').fill('0');
    assert.deepEqual(await widget.locator('[data-part="average"]').allTextContents(), target);
    await finish(page, 'fc-dropout-dropout-1920');
  });

  it('after a ReLU the mean over masks misses the full output', async () => {
    const { widget } = await openWidget(site, lesson(), '[data-widget="DropoutDemo"]#fc-dropout-relu');
    assert.match(await widget.locator('[data-part="gap"]').textContent(), /misses the test-time output/);
    const target = (await widget.locator('[data-part="target"]').allTextContents()).map(parse);
    const mean = (await widget.locator('[data-part="mean"]').allTextContents()).map(parse);
    mean.forEach((m, i) => assert.ok(m >= target[i] - 1e-3, 'the mean of a ReLU is at least the ReLU of the mean'));
    assert.ok(mean.some((m, i) => m - target[i] > 0.1));
    await widget.getByRole('radio', { name: 'Nothing (linear layer)' }).check();
    assert.match(await widget.locator('[data-part="gap"]').textContent(), /exactly/);
  });

  it('plays and pauses; under reduced motion there is no Play, only steps', async () => {
    const { page, widget } = await openWidget(site, lesson(), '[data-widget="DropoutDemo"]#fc-dropout-linear');
    await widget.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => /Masks drawn: (\d{2,}|[2-9])/.test(document.querySelector('#fc-dropout-linear [data-part="count"]').textContent));
    await widget.getByRole('button', { name: 'Pause' }).click();
    const stopped = await widget.locator('[data-part="count"]').textContent();
    await page.waitForTimeout(300);
    assert.equal(await widget.locator('[data-part="count"]').textContent(), stopped);

    const calm = await site.page({ reducedMotion: 'reduce' });
    await calm.goto(lesson());
    const w2 = calm.locator('[data-widget="DropoutDemo"]#fc-dropout-linear');
    await w2.scrollIntoViewIfNeeded();
    await w2.getByText(/Reduced motion is on/).waitFor();
    assert.equal(await w2.getByRole('button', { name: 'Play' }).count(), 0);
    await w2.getByRole('button', { name: '+100 masks' }).click();
    assert.equal(await w2.locator('[data-part="count"]').textContent(), 'Masks drawn: 101');
  });

  it('restores p and the masks from a shared link, and rejects a bad one in place', async () => {
    const page = await site.page();
    const state = encodeURIComponent(JSON.stringify({ p: 0.2, masks: 50, scaling: 'original' }));
    await page.goto(`${lesson()}?w.fc-dropout-linear=${state}`);
    const widget = page.locator('[data-widget="DropoutDemo"]#fc-dropout-linear');
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('[data-part="count"]').filter({ hasText: 'Masks drawn: 50' }).waitFor();
    assert.equal(await widget.getByLabel('Drop probability p').inputValue(), '0.2');
    assert.equal(await widget.getByRole('radio', { name: /Original paper/ }).isChecked(), true);
    await page.goto(`${lesson()}?w.fc-dropout-linear=${encodeURIComponent(JSON.stringify({ p: 2 }))}`);
    await widget.getByText(/was not applied: p must be a number from 0 to 0.9/).waitFor();
  });
});

describe('fc-dropout lesson page', () => {
  it('shows a placeholder until TensorFlow.js is needed', async () => {
    const page = await site.page({ width: 360, height: 800 });
    await page.goto(lesson());
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('#fc-dropout-fc-as-conv [data-part="outputs"]').getByText('Loading the compute engine…').count(), 1);
    await page.context().close();
  });

  // Every widget loaded: a projector in light, a phone in dark and in light.
  sweep(() => site, 'fc-dropout', {
    cases: [...SWEEP_CASES, ['light', 360, 800]],
    ready: async (page) => {
      for (const id of ['fc-dropout-fc-as-conv', 'fc-dropout-pointwise']) await page.locator(`#${id} [data-part="max-diff"]`).waitFor({ timeout: 30000 });
    },
  });
});

describe('The masks challenge', () => {
  it('refuses one mask and 201 masks, and reaches the goal at 301', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const challenge = page.locator('[data-challenge="fc-dropout-masks-challenge"]');
    const widget = challenge.locator('[data-widget="DropoutDemo"]#fc-dropout-challenge');
    await widget.scrollIntoViewIfNeeded();
    const count = widget.locator('[data-part="count"]');
    const check = challenge.getByRole('button', { name: 'Check the widget' });
    const verdict = challenge.locator('[data-feedback]');
    assert.equal(await count.textContent(), 'Masks drawn: 1');
    await check.click();
    await verdict.filter({ hasText: 'Not yet.' }).waitFor();
    assert.match(await verdict.textContent(), /After 1 mask the average/);

    const more = widget.getByRole('button', { name: '+100 masks' });
    await more.click();
    await more.click();
    await count.filter({ hasText: 'Masks drawn: 201' }).waitFor();
    await check.click();
    await verdict.filter({ hasText: 'After 201 masks' }).waitFor();
    assert.match(await verdict.textContent(), /Not yet\..*0\.054 \(RMS\)/);

    await more.click();
    await count.filter({ hasText: 'Masks drawn: 301' }).waitFor();
    await check.click();
    await verdict.filter({ hasText: 'Goal reached.' }).waitFor();
    assert.match(await verdict.textContent(), /After 301 masks .* 0\.037 \(RMS\)/);
    await challenge.screenshot({ path: new URL('../../screenshots/fc-dropout-challenge.png', import.meta.url).pathname });
    await finish(page);
  });
});

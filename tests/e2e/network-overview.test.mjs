// The network overview on the what-is-a-cnn lesson and on /inside/: a test image picked, a conv unit
// selected by keyboard and its explanation read against the map's value, the spoken prediction, a
// link round trip, axe in both themes, tensors flat under repeated use, and the sandbox's network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, finish, openSite, openWidget, snap } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/what-is-a-cnn/`;
const SAID = /The network says (.+), with probability ([\d.]+) %\./;
const numbers = (s) => [...s.replaceAll('\u2212', '-').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

/** The overview at `url`, once its prediction is spoken. */
async function overview(url, options, selector = '#overview-first') {
  const { page, widget } = await openWidget(site, url, selector, options);
  await widget.locator('[data-part="prediction"]').filter({ hasText: SAID }).waitFor({ timeout: 90000 });
  return { page, widget };
}

/** Picks the first test image of a class with the shared picker (class chips, then a thumbnail). */
async function pick(widget, cls) {
  await widget.getByRole('radio', { name: cls, exact: true }).check();
  await widget.getByRole('radio', { name: new RegExp(`^${cls}, test image`) }).first().click();
  await widget.locator('[data-part="prediction"]').filter({ hasText: new RegExp(`the label is ${cls}\\.`) }).waitFor();
}

const prediction = async (widget) => (await widget.locator('[data-part="prediction"]').textContent()) ?? '';

describe('NetworkOverview', () => {
  it('picks a test image, selects a conv unit by keyboard and explains its value', async () => {
    const { page, widget } = await overview(lesson());
    await pick(widget, 'Trouser');
    const said = SAID.exec(await prediction(widget));
    const probability = Number(said[2]);
    assert.ok(probability > 0 && probability <= 100, `a probability in percent (${probability})`);
    // Every class's bar is drawn and the bars sum to 100 % (to rounding).
    const bars = await widget.locator('[data-kind="softmax"] li').allTextContents();
    assert.equal(bars.length, 10);
    const total = bars.reduce((s, b) => s + numbers(b).at(-1), 0);
    assert.ok(Math.abs(total - 100) < 0.6, `the probabilities add up to ${total} %`);

    const figure = widget.getByRole('group', { name: /Every layer of the network/ });
    await figure.focus();
    await page.keyboard.press('ArrowRight'); // the input → the first convolution
    await page.keyboard.press('ArrowDown'); // its second channel
    await page.keyboard.press('Shift+ArrowLeft'); // one column left
    await page.keyboard.press('Enter');
    const detail = widget.locator('[data-part="unit-detail"]');
    await detail.waitFor();
    assert.match(await detail.getByRole('heading').textContent(), /^How conv 3×3 · 16, channel 2, row 15, column 14 got its value$/);
    const text = await detail.textContent();
    assert.match(text, /The 3×3 window of the input is multiplied, cell by cell, by the learned kernel/);
    assert.match(text, /Sum of the products/);
    assert.match(text, /plus the bias/);
    // The total the arithmetic reaches is the value the live region gives for the selected unit.
    const selected = numbers(/Selected: .* = (\S+)\.$/.exec(await prediction(widget))[1])[0];
    const out = numbers(await detail.locator('strong').last().textContent())[0];
    assert.ok(Math.abs(out - selected) <= 0.006, `the explanation ends at ${out}, the map holds ${selected}`);
    assert.match(text, /Then ReLU: ReLU\(/);
    // Sliding the window (the stepper's playback) moves the selected unit along the row.
    await detail.getByRole('button', { name: 'Step', exact: true }).click();
    await detail.getByRole('heading', { name: /row 15, column 15 got its value/ }).waitFor();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    await finish(page, 'network-overview-conv-1280');
  });

  it('explains a pooling unit, a logit and a probability', async () => {
    const { page, widget } = await overview(lesson());
    const figure = widget.getByRole('group', { name: /Every layer of the network/ });
    await figure.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter']) await page.keyboard.press(key);
    const detail = widget.locator('[data-part="unit-detail"]');
    await detail.getByText(/The largest of the 2×2 window is kept\./).waitFor();
    assert.match(await detail.textContent(), /max\(.+\) = /);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await detail.getByText(/Softmax turns the logits into probabilities/).waitFor();
    assert.match(await detail.textContent(), /The 10 probabilities add up to 1\./);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await detail.getByText(/A weighted sum of all 64 inputs plus a bias/).waitFor();
    await finish(page);
  });

  it('Copy link keeps the test image and the selected unit; a link to a missing unit is explained', async () => {
    const { page, widget } = await overview(lesson());
    await pick(widget, 'Bag');
    const figure = widget.getByRole('group', { name: /Every layer of the network/ });
    await figure.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
    const heading = await widget.locator('[data-part="unit-detail"]').getByRole('heading').textContent();
    const before = await prediction(widget);
    await widget.getByRole('button', { name: 'Copy link' }).click();
    await widget.getByText(/Link copied|address bar/).waitFor();
    const url = page.url();
    assert.match(url, /w\.overview-first=/);
    await finish(page);

    const student = await overview(url);
    await student.widget.locator('[data-part="unit-detail"]').getByRole('heading', { name: heading }).waitFor();
    assert.equal(await prediction(student.widget), before);
    await finish(student.page);

    const broken = await overview(`${lesson()}?w.overview-first=${encodeURIComponent(JSON.stringify({ image: 3, unit: { layer: 40, channel: 0 } }))}`);
    await broken.widget.getByRole('alert').filter({ hasText: /a layer this network does not have/ }).waitFor();
    assert.equal(await broken.widget.locator('[data-part="unit-detail"]').count(), 0);
    await finish(broken.page);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no serious axe violations with a unit selected (${theme})`, async () => {
      const page = await site.page({ width: 1280, height: 900 });
      await page.addInitScript((t) => localStorage.setItem('cnn-course-theme', t), theme);
      await page.goto(`${lesson()}?w.overview-first=${encodeURIComponent(JSON.stringify({ image: 7, unit: { layer: 0, channel: 0, y: 9, x: 9 } }))}`);
      const widget = page.locator('#overview-first');
      await widget.scrollIntoViewIfNeeded();
      await widget.locator('[data-part="unit-detail"]').getByText('Sum of the products').waitFor({ timeout: 90000 });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      await widget.scrollIntoViewIfNeeded();
      await snap(page, `network-overview-${theme}-1280`);
      assert.deepEqual(await axeViolations(page), []);
      await finish(page);
    });
  }

  it('keeps the tensor count flat while units are selected and images picked again and again', async () => {
    const { page, widget } = await overview(lesson());
    const figure = widget.getByRole('group', { name: /Every layer of the network/ });
    const round = async () => {
      for (const label of ['Sneaker', 'Coat', 'Dress']) {
        await pick(widget, label);
        await figure.focus();
        for (const key of ['Home', 'ArrowRight', 'Enter', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter', 'Shift+ArrowDown', 'Enter', 'End', 'Enter']) await page.keyboard.press(key);
        await widget.locator('[data-part="unit-detail"]').getByText(/Softmax turns/).waitFor();
      }
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
      return page.evaluate(() => window.__cnnTensors());
    };
    await round();
    const a = await round();
    const b = await round();
    assert.equal(b, a, `${a} tensors after one round, ${b} after the next`);
    await finish(page);
  });

  it('at 360 px the layers stack and every map stays at least 28 px wide', async () => {
    const { page, widget } = await overview(lesson(), { width: 360, height: 740 });
    const maps = widget.getByRole('group', { name: /Every layer of the network/ }).locator('canvas');
    const widths = await maps.evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().width));
    // 1 input + 16 · 3 + 32 · 3 maps, and the two strips (flatten, dense 64 and its ReLU and dropout)
    assert.equal(widths.length, 1 + 48 + 96 + 4);
    assert.ok(Math.min(...widths) >= 28, `the smallest map is ${Math.min(...widths)} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page overflows by ${overflow} px`);
    await widget.scrollIntoViewIfNeeded();
    await finish(page, 'network-overview-360');
  });
});

describe('/inside/: the sandbox network in the overview', () => {
  it('says when no network is stored, and draws one that is', async () => {
    const { page, widget } = await openWidget(site, `${site.base}/inside/`, '#inside');
    await widget.getByText('No network from the sandbox is stored in this browser yet.').waitFor({ timeout: 90000 });
    assert.equal(await widget.getByRole('link', { name: /sandbox/ }).getAttribute('href'), '/sandbox/');
    // Hand over a network the way the sandbox does: a weights file, base64, in local storage.
    await page.evaluate(async () => {
      const bytes = new Uint8Array(await (await fetch('/models/fashion-cnn.weights')).arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      localStorage.setItem('cnn-course:look-inside', btoa(s));
    });
    await page.reload();
    const w = page.locator('#inside');
    await w.scrollIntoViewIfNeeded();
    await w.locator('[data-part="prediction"]').filter({ hasText: SAID }).waitFor({ timeout: 90000 });
    assert.match(await w.textContent(), /Your network from the sandbox/);
    await finish(page, 'network-overview-inside');
  });
});

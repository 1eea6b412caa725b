// The losses lesson's widgets as a reader drives them: typing logits, keyboard on the charts,
// sliders, shared links, PyTorch's numbers, narrow screens and accessibility.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { finish, openSite, snap, sweep, SWEEP_CASES } from './harness.mjs';

const golden = JSON.parse(fs.readFileSync(new URL('../golden/cross_entropy_basic.json', import.meta.url), 'utf8'));

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/losses/`;
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A number as the widgets print it: "−0.677", "7.4×10⁻⁴". */
const num = (s) => {
  const [m, e] = s.trim().replace(/−/g, '-').split('×10');
  return Number(m) * (e ? 10 ** Number([...e].map((c) => (c === '⁻' ? '-' : SUP.indexOf(c))).join('')) : 1);
};

/** A widget once its compute-backed chart (the slider) is drawn. */
async function widget(page, id, ready = '[role="slider"]') {
  const w = page.locator(`#${id}`);
  await w.scrollIntoViewIfNeeded();
  await w.locator(ready).first().waitFor({ timeout: 30000 });
  return w;
}

/** Mean milliseconds from a key press on `selector` to the next painted frame, over `n` presses. */
async function msPerKey(page, selector, key, n = 20) {
  return page.evaluate(
    async ({ selector, key, n }) => {
      const el = document.querySelector(selector);
      el.focus();
      let total = 0;
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        total += performance.now() - t0;
      }
      return total / n;
    },
    { selector, key, n },
  );
}

/** Mean milliseconds from moving a range input to the next painted frame, stepping through `values`;
 * also returns what `outputSelector` said at the end, to check the widget really followed. */
async function msPerSlide(page, selector, values, outputSelector) {
  return page.evaluate(
    async ({ selector, values, outputSelector }) => {
      const el = document.querySelector(selector);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      let total = 0;
      for (const v of values) {
        const t0 = performance.now();
        setValue.call(el, String(v));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        total += performance.now() - t0;
      }
      return { ms: total / values.length, shown: document.querySelector(outputSelector).textContent };
    },
    { selector, values, outputSelector },
  );
}

describe('CrossEntropyExplorer', () => {
  it('computes the loss of the default logits, follows typed logits, and explains an empty one', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const w = await widget(page, 'losses-cross-entropy');
    const loss = w.locator('[data-loss]');
    assert.equal(await loss.textContent(), '1.131');
    await w.getByLabel('Logit of car').fill('-1');
    await page.waitForFunction(() => document.querySelector('#losses-cross-entropy [data-loss]')?.textContent !== '1.131');
    const z = [0.5, -1, -1, 1.5];
    const expected = Math.log(z.reduce((s, v) => s + Math.exp(v), 0)) - 1.5;
    assert.ok(Math.abs(num(await loss.textContent()) - expected) < 1e-3);
    await w.getByLabel('Logit of car').fill('');
    await w.getByRole('alert').filter({ hasText: 'car is empty' }).waitFor();
    await w.getByLabel('Logit of car').fill('2');
    await loss.filter({ hasText: '1.131' }).waitFor();
    await finish(page);
  });

  it('stays finite for a logit of 1000, where the textbook formula gives NaN', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const w = await widget(page, 'losses-cross-entropy');
    await w.getByRole('button', { name: 'A logit of 1000' }).click();
    await w.locator('[data-naive="fails"]').waitFor();
    // Logits (1000, 0, 0, 0), truth cat: loss = log(e^1000 + 3) − 0 = 1000.0
    assert.equal(await w.locator('[data-loss]').textContent(), '1000.0');
    assert.match(await w.locator('[data-naive]').textContent(), /exp\(1000\) overflows .* p = NaN/);
    await snap(page, 'losses-cross-entropy-1000-1920');
  });

  it("shows PyTorch's softmax − one-hot gradient for a golden row, set through a link", async () => {
    const [n, k] = golden.inputs.logits.shape;
    const row = golden.inputs.logits.data.slice(0, k);
    const target = golden.inputs.target.data[0];
    const page = await site.page();
    const state = { classes: k, logits: row, target };
    await page.goto(`${lesson()}?w.losses-cross-entropy=${encodeURIComponent(JSON.stringify(state))}`);
    const w = await widget(page, 'losses-cross-entropy');
    await w.locator(`tr[data-class="${k - 1}"]`).waitFor();
    const shown = await w.locator('[data-grad]').allTextContents();
    const want = golden.outputs.dlogits.data.slice(0, k).map((v) => v * n); // PyTorch averages over the batch of n
    assert.equal(shown.length, k);
    shown.forEach((s, j) => assert.ok(Math.abs(num(s) - want[j]) < 1.5e-3, `class ${j}: ${s} vs PyTorch ${want[j]}`));
  });

  it('raises the true logit with the arrow keys on the loss curve, and the loss falls', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const w = await widget(page, 'losses-cross-entropy');
    const slider = w.getByRole('slider');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await w.getByLabel('Logit of cat').inputValue(), '2');
    await page.keyboard.press('Shift+ArrowRight');
    assert.equal(await w.getByLabel('Logit of cat').inputValue(), '3');
    assert.ok(num(await w.locator('[data-loss]').textContent()) < 1.131);
    assert.match(await slider.getAttribute('aria-valuetext'), /^logit 3, loss /);
    const ms = await msPerKey(page, '#losses-cross-entropy [role="slider"]', 'ArrowRight');
    assert.ok(ms < 50, `${ms.toFixed(1)} ms per update`);
  });
});

describe('RegressionLossExplorer', () => {
  it('moves the error with the keyboard and shows each loss and gradient', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const w = await widget(page, 'losses-regression');
    const cell = (loss, what) => w.locator(`tr[data-loss="${loss}"] [data-${what}]`).textContent();
    assert.equal(await cell('l2', 'grad'), '4.000');
    assert.equal(await cell('smoothL1', 'grad'), '1.000');
    const slider = w.getByRole('slider', { name: /^Error d/ });
    await slider.focus();
    await page.keyboard.press('End');
    assert.equal(await cell('l2', 'value'), '9.000');
    assert.equal(await cell('smoothL1', 'value'), '2.500');
    for (let i = 0; i < 11; i++) await page.keyboard.press('Shift+ArrowLeft'); // 3 − 11 × 0.5
    assert.equal(await slider.getAttribute('aria-valuenow'), '-2.5');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    assert.equal(await slider.getAttribute('aria-valuenow'), '-3', 'the error stays on the axis');
    await page.keyboard.press('End');
    for (let i = 0; i < 54; i++) await page.keyboard.press('ArrowLeft'); // 3 − 2.7 = 0.3
    assert.equal(await cell('smoothL1', 'grad'), '0.300');
    assert.equal(await cell('l1', 'grad'), '1.000');
    assert.match(await w.locator('[aria-live="polite"]').textContent(), /Inside ±β .* d\/β = 0\.30/);
    const ms = await msPerKey(page, '#losses-regression [role="slider"]', 'ArrowRight');
    assert.ok(ms < 50, `${ms.toFixed(1)} ms per update`);
    await finish(page);
  });

  it('β = 0 makes smooth L1 into L1', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const w = await widget(page, 'losses-regression');
    await w.getByLabel(/^β/).focus();
    await page.keyboard.press('Home');
    await w.locator('output').filter({ hasText: 'β = 0.00' }).waitFor();
    assert.equal(await w.locator('tr[data-loss="smoothL1"] [data-value]').textContent(), await w.locator('tr[data-loss="l1"] [data-value]').textContent());
    assert.match(await w.locator('[aria-live="polite"]').textContent(), /β = 0, smooth L1 is exactly L1/);
  });
});

describe('RegularisationExplorer', () => {
  const riskOf = (w, penalty, name) => w.locator(`[data-penalty="${penalty}"] [data-risk="${name}"]`).textContent();

  it('drives λ with the keyboard: L1 zeros weights, L2 only shrinks them, structural = empirical + λ × penalty', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const w = await widget(page, 'losses-regularisation', '[data-penalty="l1"]');
    assert.equal(await w.locator('output').textContent(), 'λ = 0.01');
    assert.equal(await w.locator('[data-penalty="l1"] [data-zeros]').getAttribute('data-zeros'), '6');
    assert.equal(await w.locator('[data-penalty="l2"] [data-zeros]').getAttribute('data-zeros'), '0');
    for (const p of ['l1', 'l2']) {
      const sum = num(await riskOf(w, p, 'empirical')) + num(await riskOf(w, p, 'weighted'));
      assert.ok(Math.abs(sum - num(await riskOf(w, p, 'structural'))) < 2e-3, `${p}: ${sum}`);
    }
    await snap(page, 'losses-regularisation-default-1920');
    const slider = w.getByLabel(/Regularisation strength/);
    await slider.focus();
    await page.keyboard.press('End');
    await w.locator('output').filter({ hasText: 'λ = 10' }).waitFor();
    assert.equal(await w.locator('[data-penalty="l1"] [data-zeros]').getAttribute('data-zeros'), '9');
    assert.equal(await w.locator('[data-penalty="l2"] [data-zeros]').getAttribute('data-zeros'), '0');
    await page.keyboard.press('Home');
    await w.locator('output').filter({ hasText: 'λ = 1.0×10⁻⁷' }).waitFor();
    const steps = Array.from({ length: 40 }, (_, i) => -7 + i * 0.2);
    const { ms, shown } = await msPerSlide(page, '#losses-regularisation input[type="range"]', steps, '#losses-regularisation output');
    assert.equal(shown, 'λ = 6.31', 'the widget followed the slider to log10 λ = 0.8')
    assert.ok(ms < 50, `${ms.toFixed(1)} ms per update`);
    await finish(page);
  });

  it('hands λ and the seed over in a link, and explains a bad seed in place', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const w = await widget(page, 'losses-regularisation', '[data-penalty="l1"]');
    await w.getByRole('button', { name: 'New noise' }).click();
    await w.getByLabel(/Regularisation strength/).focus();
    await page.keyboard.press('ArrowLeft');
    await w.getByRole('button', { name: 'Copy link' }).click();
    await w.getByText(/Link copied|address bar/).waitFor();
    const link = page.url();
    assert.match(link, /w\.losses-regularisation=/);
    const student = await site.page();
    await student.goto(link);
    const s = await widget(student, 'losses-regularisation', '[data-penalty="l1"]');
    await s.getByLabel('Noise seed').and(student.locator('[value="4"]')).waitFor();
    assert.equal(await s.locator('output').textContent(), await w.locator('output').textContent());
    await s.getByLabel('Noise seed').fill('0');
    await s.getByRole('alert').filter({ hasText: 'whole number from 1 to 9999' }).waitFor();
  });
});

describe('losses lesson page', () => {
  // The compute-backed widgets drawn: a projector in light, a phone in dark and in light.
  sweep(() => site, 'losses', {
    cases: [...SWEEP_CASES, ['light', 360, 800]],
    ready: async (page) => {
      for (const id of ['losses-cross-entropy', 'losses-regression']) await widget(page, id);
    },
  });

  it('reads before TensorFlow.js arrives: text and math in the HTML, a placeholder in the widgets', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(lesson());
    assert.ok((await page.locator('.prose .katex-display').count()) >= 5);
    assert.equal(await page.locator('.katex-error').count(), 0);
    assert.ok((await page.locator('#losses-cross-entropy').textContent()).includes('Loading the compute engine'));
    assert.equal(await page.locator('#losses-regularisation [data-zeros]').last().getAttribute('data-zeros'), '6', 'plain-arithmetic fits are in the HTML');
  });
});

describe('The one-half challenge', () => {
  it('refuses a tie that still leaves plane a share, then reaches a loss of log 2', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const challenge = page.locator('[data-challenge="losses-half-challenge"]');
    const w = await widget(page, 'losses-challenge-ce');
    const check = challenge.getByRole('button', { name: 'Check the widget' });
    const verdict = challenge.locator('[data-feedback]');

    await w.getByLabel('Logit of cat').fill('2');
    await check.click();
    await verdict.filter({ hasText: 'Not yet.' }).waitFor();
    assert.match(await verdict.textContent(), /Give cat a larger share/);

    await w.getByLabel('Logit of plane').fill('-10');
    await w.getByLabel('Logit of bird').fill('-10');
    await check.click();
    await verdict.filter({ hasText: 'Goal reached.' }).waitFor();
    assert.match(await verdict.textContent(), /The loss is 0\.693: the true class, cat, gets probability 0\.500/);
    await challenge.screenshot({ path: new URL('../../screenshots/losses-challenge.png', import.meta.url).pathname });
    await finish(page);
  });
});

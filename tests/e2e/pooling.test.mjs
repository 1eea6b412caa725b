// The pooling lesson and its stepper as a reader drives it: keyboard, rules, backward pass,
// seeded stochastic draws, shared links, phones, themes and accessibility.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { checkChallenge, finish, openChallenge, openSite, snap, sweep, widgetSaying } from './harness.mjs';

const golden = JSON.parse(fs.readFileSync(new URL('../golden/max_pool2d_2x2.json', import.meta.url), 'utf8'));

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/pooling/`;

const pooler = (page, id) => widgetSaying(page, `[data-widget="PoolingStepper"]#${id}`, 'Window at row');
const said = (widget) => widget.locator('[aria-live="polite"]').textContent();
const values = (widget, part) =>
  widget.locator(`[data-part="${part}"] [data-value]`).evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));

describe('PoolingStepper', () => {
  it('steps the classic 2×2 max pooling with the keyboard, announcing each maximum', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await pooler(page, 'pooling-classic');
    assert.equal(await said(widget), 'Window at row 1, column 1: max(1, 1, 5, 6) = 6');
    await widget.getByRole('group', { name: /Pooling figure/ }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await said(widget), 'Window at row 1, column 2: max(2, 4, 7, 8) = 8');
    await page.keyboard.press('End');
    assert.match(await said(widget), /^Window at row 2, column 2: max\(1, 0, 3, 4\) = 4$/);
    assert.deepEqual(await values(widget, 'output'), [6, 8, 3, 4]);
    await widget.getByRole('radio', { name: 'Average' }).check();
    assert.equal(await said(widget), 'Window at row 2, column 2: (1 + 0 + 3 + 4) ÷ 4 = 2');
    assert.deepEqual(await values(widget, 'output'), [3.25, 5.25, 2, 2]);
    await finish(page);
  });

  it("shows PyTorch's max pooling (golden max_pool2d_2x2) for an input set through a link", async () => {
    const [, , H, W] = golden.inputs.x.shape;
    const plane = golden.inputs.x.data.slice(0, H * W);
    const state = { input: 'custom', customInputSize: H, customInput: plane.map(String), mode: 'max', kernel: 2, stride: 2, padding: 0, step: 99 };
    const page = await site.page();
    await page.goto(`${lesson()}?w.pooling-classic=${encodeURIComponent(JSON.stringify(state))}`);
    const widget = await pooler(page, 'pooling-classic');
    const shown = await values(widget, 'output');
    const want = golden.outputs.y.data.slice(0, shown.length);
    assert.equal(shown.length, (H / 2) * (W / 2));
    shown.forEach((v, i) => assert.ok(Math.abs(v - want[i]) <= 1e-4, `output ${i}: ${v} vs PyTorch ${want[i]}`));
  });

  it('sends the numbered gradient back to the maxima of overlapping windows', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const widget = await pooler(page, 'pooling-backward');
    assert.equal(await said(widget), 'Window at row 1, column 1: gradient 1 goes to input row 2, column 2');
    await widget.getByRole('group', { name: /Pooling figure/ }).focus();
    await page.keyboard.press('End');
    const dx = await values(widget, 'gradient');
    const want = new Array(16).fill(0);
    want[5] = 1 + 3;
    want[7] = 2 + 4;
    assert.deepEqual(dx, want);
    await widget.getByLabel('Upstream gradient ∂L/∂y', { exact: true }).selectOption('current');
    assert.deepEqual((await values(widget, 'gradient')).filter((v) => v !== 0), [1]);
    await widget.getByRole('radio', { name: 'Average' }).check();
    assert.match(await said(widget), /gradient 1 is split into 9 shares of 0\.11$/);
    await finish(page, 'pooling-backward-1920');
  });

  it('draws the same stochastic sample for the same seed, and a new one on request', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await pooler(page, 'pooling-stochastic');
    await widget.getByRole('group', { name: /Pooling figure/ }).focus();
    await page.keyboard.press('End');
    const first = await values(widget, 'output');
    await page.reload();
    const again = await pooler(page, 'pooling-stochastic');
    await again.getByRole('group', { name: /Pooling figure/ }).focus();
    await page.keyboard.press('End');
    assert.deepEqual(await values(again, 'output'), first, 'seed 1 gives the same picks after a reload');
    const draws = new Set([JSON.stringify(first)]);
    for (let i = 0; i < 6; i++) {
      await again.getByRole('button', { name: 'New draw' }).click();
      draws.add(JSON.stringify(await values(again, 'output')));
    }
    assert.ok(draws.size > 1, 'new seeds give other samples');
    await again.getByRole('radio', { name: 'Test: expectation' }).check();
    const expected = await values(again, 'output');
    assert.ok(Math.abs(expected[0] - 63 / 13) < 1e-6, `top-left expectation ${expected[0]}`);
  });

  it('explains impossible settings in place instead of drawing nothing', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await pooler(page, 'pooling-overlap');
    await widget.getByRole('group', { name: 'Padding' }).getByRole('radio', { name: '2' }).check();
    await widget.getByRole('alert').filter({ hasText: 'PyTorch refuses it' }).waitFor();
    await widget.getByRole('group', { name: 'Padding' }).getByRole('radio', { name: '1' }).check();
    await widget.getByLabel('Input', { exact: true }).selectOption('custom');
    await widget.getByLabel('Input row 1, column 1').fill('-1');
    await widget.getByRole('radio', { name: 'Stochastic' }).check();
    await widget.getByRole('alert').filter({ hasText: 'needs them all at least 0' }).waitFor();
    await finish(page);
  });

  // Reduced motion: the figure's cells move without a transition. Both themes, a phone and a projector.
  sweep(() => site, 'pooling', {
    reducedMotion: 'reduce',
    ready: async (page, { width }) => {
      for (const id of ['pooling-classic', 'pooling-stochastic', 'pooling-backward']) await pooler(page, id);
      const widget = page.locator('[data-widget="PoolingStepper"]#pooling-backward');
      const transition = await widget.locator('[data-part="input"] svg[aria-hidden="true"] g').first().evaluate((el) => getComputedStyle(el).transitionDuration);
      assert.match(transition, /^0s/);
      await widget.getByRole('group', { name: /Pooling figure/ }).scrollIntoViewIfNeeded();
      await snap(page, `pooling-backward-${width}`);
    },
  });
});

describe('pooling challenge', () => {
  it('pools the 12 × 12 digit to 6 × 6 with overlapping windows', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const section = await openChallenge(page, 'pooling-overlap-challenge');
    const pick = (group, name) => section.getByRole('group', { name: group, exact: true }).getByRole('radio', { name, exact: true }).check();
    await pick('Stride', '2');
    assert.match(await checkChallenge(section, 'wrong'), /A 2 × 2 window with stride 2 and padding 0 gives 6 × 6\. The goal needs windows that overlap/);
    await pick('Window', '3×3');
    await pick('Padding', '1');
    assert.match(await checkChallenge(section, 'right'), /A 3 × 3 window with stride 2 and padding 1 gives 6 × 6, and neighbouring windows share 1 row and column, as asked/);
    await finish(page, 'challenge-pooling');
  });
});

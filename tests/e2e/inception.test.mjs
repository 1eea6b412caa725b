// The inception lesson and its InceptionCost widget as a reader drives them: channel counts edited
// with the keyboard, the totals against figures worked out by hand, impossible counts explained in
// place, a shared link, accessibility and a phone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { challenge, finish, openSite, snap, sweep } from './harness.mjs';

const fmt = (n) => n.toLocaleString('en-US');
let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/inception/`;
async function widget(page) {
  const w = page.locator('[data-widget="InceptionCost"]#inception-cost');
  await w.scrollIntoViewIfNeeded();
  await w.locator('[data-part="totals"]').waitFor();
  return w;
}
const total = (w) => w.locator('[data-total="macs"]').textContent();
const branchMacs = (w, id) => w.locator(`[data-branch="${id}"] [data-part="macs"]`).textContent();

/** Types a value into a labelled field with the keyboard only. */
async function typeInto(page, field, value) {
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(value));
}

describe('InceptionCost', () => {
  it('edits channel counts with the keyboard and shows the worked-out totals', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const w = await widget(page);
    // The naive CS231n module: 28·28·256·(128 + 9·192 + 25·96).
    assert.equal(await total(w), fmt(28 * 28 * 256 * (128 + 9 * 192 + 25 * 96)));
    assert.equal(await total(w), '854,196,224');
    assert.match(await w.locator('[data-total="shape"]').textContent(), /28 × 28 × 672/);
    // Keyboard: the input channels down to 192 and the 5×5 kernels down to 32 (inception3a's 5×5 branch).
    await typeInto(page, w.getByLabel('Input channels C'), 192);
    const five = w.getByLabel('5×5 kernels');
    await five.focus();
    for (let i = 0; i < 64; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await five.inputValue(), '32');
    assert.equal(await branchMacs(w, 'b5'), fmt(28 * 28 * 32 * 25 * 192));
    assert.equal(await branchMacs(w, 'b5'), '120,422,400');
    await snap(page, 'inception-cost-naive-1280');
    // With reductions (radio by keyboard), 5×5 reduce to 16.
    await w.getByRole('radio', { name: 'Naive (no reductions)' }).focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await w.getByRole('radio', { name: 'With 1×1 reductions (v1)' }).isChecked(), true);
    await typeInto(page, w.getByLabel('5×5 reduce (1×1)'), 16);
    assert.equal(await branchMacs(w, 'b5'), fmt(28 * 28 * 16 * 192 + 28 * 28 * 32 * 25 * 16));
    assert.equal(await branchMacs(w, 'b5'), '12,443,648');
    // The CS231n module with reductions: the six terms add up to 271,351,808.
    await w.getByRole('button', { name: 'CS231n: 28×28×256' }).click();
    assert.equal(await total(w), fmt(28 * 28 * (256 * (128 + 64 + 64 + 64) + 64 * 192 * 9 + 64 * 96 * 25)));
    assert.match(await w.locator('[data-total="shape"]').textContent(), /28 × 28 × 480/);
    await finish(page, 'inception-cost-reduced-1280');
  });

  it('explains impossible counts in place and keeps working', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const w = await widget(page);
    const field = w.getByLabel('3×3 kernels');
    await typeInto(page, field, 0);
    const alert = w.getByRole('alert');
    await alert.filter({ hasText: '3×3 kernels must be at least 1 (got 0)' }).waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await w.locator('[data-total="macs"]').count(), 0, 'no total for an impossible module');
    await typeInto(page, w.getByLabel('Kernel side n'), 2.5);
    await w.getByRole('alert').filter({ hasText: 'Kernel side n must be a whole number (got 2.5)' }).waitFor();
    await snap(page, 'inception-cost-invalid');
    await typeInto(page, field, 192);
    assert.equal(await total(w), '854,196,224');
    await finish(page);
  });

  it('computes the factorisation for a 7×7 kernel', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const w = await widget(page);
    await typeInto(page, w.getByLabel('Kernel side n'), 7);
    const panel = w.locator('[data-part="factorisation"]');
    await panel.getByText(`1×7 then 7×1: 7 + 7 = ${2 * 7}, ${Math.round(100 * (1 - 14 / 49))}% fewer`).waitFor();
    await panel.getByText(`3 stacked 3×3 layers: 3·9 = ${27}`, { exact: false }).waitFor();
  });

  it('hands its state over in a link, and explains a bad one', async () => {
    const page = await site.page();
    const state = { cin: 192, c1: 64, c3r: 96, c3: 128, c5r: 16, c5: 32, proj: 32, reduce: true };
    await page.goto(`${lesson()}?w.inception-cost=${encodeURIComponent(JSON.stringify(state))}`);
    const w = await widget(page);
    // The link is applied after the first render: wait for it rather than read the defaults.
    await w.locator('[data-total="shape"]', { hasText: /^28 × 28 × 256$/ }).waitFor();
    assert.equal(await w.getByLabel('5×5 reduce (1×1)').inputValue(), '16');
    assert.equal(await total(w), fmt(28 * 28 * (192 * (64 + 96 + 16 + 32) + 96 * 128 * 9 + 16 * 32 * 25)));
    const bad = await site.page();
    await bad.goto(`${lesson()}?w.inception-cost=${encodeURIComponent(JSON.stringify({ c5: -1 }))}`);
    const b = await widget(bad);
    await b.getByRole('alert').filter({ hasText: 'was not applied' }).waitFor();
    assert.equal(await total(b), '854,196,224');
  });
});

describe('the inception lesson', () => {
  sweep(() => site, 'inception', {
    async ready(page, { theme, width }) {
      const w = await widget(page);
      await w.getByRole('radio', { name: 'With 1×1 reductions (v1)' }).check();
      await w.scrollIntoViewIfNeeded();
      await snap(page, `inception-cost-${width}-${theme}`);
      await w.locator('[data-part="totals"]').scrollIntoViewIfNeeded();
      await snap(page, `inception-totals-${width}-${theme}`);
      await page.locator('#inception-googlenet').scrollIntoViewIfNeeded();
      await snap(page, `inception-googlenet-${width}-${theme}`);
    },
  });
});

describe('the budget challenge', () => {
  it('refuses the naive module and the default reductions, and accepts narrower ones', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const c = challenge(page, 'inception-budget-challenge');
    await c.section.scrollIntoViewIfNeeded();
    const w = c.section.locator('[data-widget="InceptionCost"]');
    assert.match(await c.check('wrong'), /854\.2 M.*Turn on the 1×1 reductions/);
    await w.getByRole('radio', { name: 'With 1×1 reductions (v1)' }).check();
    assert.match(await c.check('wrong'), /Not yet\..*271\.4 M multiply-accumulates, above the 200\.0 M budget/);
    await typeInto(page, w.getByLabel('3×3 reduce (1×1)', { exact: true }), 48);
    await typeInto(page, w.getByLabel('5×5 reduce (1×1)', { exact: true }), 32);
    assert.equal(await w.locator('[data-total="macs"]').textContent(), fmt(28 * 28 * (256 * (128 + 48 + 32 + 64) + 48 * 192 * 9 + 32 * 96 * 25)));
    assert.match(await c.check('right'), /Goal reached\..*179\.8 M.*28 × 28 × 480/);
    await c.section.locator('[data-feedback]').scrollIntoViewIfNeeded();
    await finish(page, 'inception-challenge-1280');
  });
});

// The siamese-triplet lesson as a reader drives it: train the shared embedding CNN for a few
// seconds (the scatter redraws while it trains and the classes separate), pause, pick a
// retrieval query by keyboard, train the multi-task network, a phone, dark theme, axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChallenge, finish, openSite, openWidget, snap, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/siamese-triplet/`;
const num = async (loc, attr) => Number(await loc.getAttribute(attr));

describe('EmbeddingTrainer', () => {
  it('trains live: the scatter redraws while training and the classes pull apart; pause, keyboard query', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const w = page.locator('[data-widget="EmbeddingTrainer"]').first();
    // The branches point at one weight tensor: 3 for the triplet loss, 4 for the quadruplet.
    assert.equal(await w.locator('[data-part="shared-weights"]').getAttribute('data-branches'), '3');
    await w.getByRole('radio', { name: 'Quadruplet' }).check();
    assert.equal(await w.locator('[data-part="shared-weights"]').getAttribute('data-branches'), '4');
    await w.getByRole('radio', { name: 'Triplet' }).check();
    await w.getByRole('button', { name: 'Load images and train' }).click();
    const canvas = w.locator('[data-part="scatter"]');
    const stats = w.locator('[data-part="stats"]');
    await page.waitForFunction(() => Number(document.querySelector('[data-part="stats"]')?.dataset.step) >= 1, null, { timeout: 60000 });
    const d0 = await num(canvas, 'data-draws');
    const t0 = Date.now();
    await page.waitForFunction(() => Number(document.querySelector('[data-part="stats"]')?.dataset.step) >= 120, null, { timeout: 90000 });
    const rate = ((await num(canvas, 'data-draws')) - d0) / ((Date.now() - t0) / 1000);
    assert.ok(rate >= 3, `the scatter redraws while training (${rate.toFixed(1)} per second)`);
    // Untrained, within-class distances are nearly as large as between-class ones (ratio near 1).
    const ratio = await num(stats, 'data-ratio');
    assert.ok(ratio < 0.5, `within/between distance fell (${ratio})`);
    assert.ok((await num(stats, 'data-accuracy')) > 0.4, 'nearest neighbours mostly share the class');
    await w.getByRole('button', { name: 'Pause' }).click();
    await w.getByRole('button', { name: 'Resume' }).waitFor();
    const paused = await num(stats, 'data-step');
    await page.waitForTimeout(600);
    assert.equal(await num(stats, 'data-step'), paused, 'paused training does not step');
    // Keyboard: the scatter is focusable; arrows move the retrieval query.
    const label = w.locator('[data-part="query-label"]');
    assert.match(await label.textContent(), /image 1 of 300, T-shirt\/top/);
    await canvas.focus();
    await page.keyboard.press('ArrowDown');
    assert.match(await label.textContent(), /image 31 of 300, Trouser/);
    await w.locator('[data-part="tooltip"]').waitFor();
    assert.equal(await w.locator('[data-part="neighbours"] li').count(), 5);
    await snap(page, 'siamese-triplet-trained');
    await w.getByRole('button', { name: 'Reset' }).click();
    assert.equal(await num(stats, 'data-step'), 0);
    await finish(page);
  });
});

describe('MultiTaskTrainer', () => {
  it('trains both heads from one trunk', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const w = page.locator('[data-widget="MultiTaskTrainer"]');
    await w.getByRole('button', { name: 'Load images and train' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-widget="MultiTaskTrainer"] [data-part="accuracies"]')?.dataset.step) >= 50, null, { timeout: 90000 });
    const acc = w.locator('[data-part="accuracies"]');
    assert.ok((await num(acc, 'data-group')) > 0.6, 'group head above the majority share');
    assert.ok((await num(acc, 'data-class')) > 0.3, 'class head well above chance');
    await w.getByRole('button', { name: 'Pause' }).click();
    await finish(page);
  });
});

describe('siamese-triplet page', () => {
  sweep(() => site, 'siamese-triplet', { ready: (page) => page.locator('[data-widget="EmbeddingTrainer"]').first().scrollIntoViewIfNeeded() });
});

describe('the triplet margin challenge', () => {
  it('refuses the starting margin, accepts α = 0.7 set with the keyboard, without training', async () => {
    const { page, widget: ch } = await openWidget(site, lesson(), '[data-challenge="siamese-triplet-margin-challenge"]', { width: 1280, height: 900 });
    const w = ch.locator('[data-widget="EmbeddingTrainer"]');
    const margin = w.getByRole('slider', { name: 'Margin α' });
    await margin.focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await margin.inputValue(), '0.9');
    assert.match(await checkChallenge(ch, 'Not yet.'), /= 0\.50, not 0\.3/);
    await margin.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await margin.inputValue(), '0.7');
    assert.match(await checkChallenge(ch, 'Goal reached.'), /semi-hard/);
    await ch.scrollIntoViewIfNeeded();
    await finish(page, 'challenge-siamese-triplet');
  });
});

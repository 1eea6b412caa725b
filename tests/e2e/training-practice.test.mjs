// The training-practice lesson in a browser: the augmentation gallery draws seeded copies of a
// real image and warns about wrong augmentations; the overfitting lab and the fine-tuning lab
// train on WASM when asked, keep earlier runs for comparison, and report what they measured.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChallenge, finish, openSite, openWidget, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const url = () => `${site.base}/lessons/training-practice/`;
const pct = (s) => Number(/([\d.]+) %/.exec(s)?.[1] ?? NaN) / 100;

describe('lesson training-practice', () => {
  sweep(() => site, 'training-practice', { ready: async (page) => assert.match(await page.locator('main').innerText(), /CNN codes/) });

  it('the gallery shows an image and eleven seeded copies; a new draw changes them; the vertical flip is called out', async () => {
    const { page, widget: gal } = await openWidget(site, url(), '[data-widget="AugmentationGallery"] >> nth=0', { width: 360, height: 800 });
    const canvases = gal.locator('canvas');
    await canvases.nth(11).waitFor({ timeout: 90_000 });
    assert.equal(await canvases.count(), 12);
    const pixels = () => canvases.evaluateAll((cs) => cs.map((c) => c.toDataURL()));
    const before = await pixels();
    assert.equal(new Set(before).size, 12, 'every copy differs from the original and from the others');
    await gal.getByRole('button', { name: 'New draw' }).click();
    await page.waitForFunction((old) => document.querySelectorAll('[data-widget="AugmentationGallery"] canvas')[1].toDataURL() !== old, before[1]);
    const after = await pixels();
    assert.equal(after[0], before[0], 'the original stays');
    assert.equal(await gal.getByText(/never occur in Fashion-MNIST/).count(), 0);
    await gal.getByLabel(/Flip upside down/).check();
    await gal.getByText(/Upside-down ankle boots never occur in Fashion-MNIST/).waitFor();
    // the label of a copy says what was done to it
    assert.match(await canvases.nth(3).getAttribute('aria-label'), /turned -?\d+°/);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'no horizontal scroll at 360 px');
    await finish(page, 'training-practice-gallery-360');
  });

  it('the overfitting lab trains when asked, keeps the first run beside the second, and reports a gap', async () => {
    const { page, widget: lab } = await openWidget(site, url(), '[data-widget="OverfittingLab"]');
    await lab.getByLabel('Epochs').selectOption('5');
    await lab.getByRole('button', { name: 'Load images and train' }).click();
    const row1 = lab.locator('tbody tr').nth(0);
    await row1.getByText('5/5').waitFor({ timeout: 120_000 });
    const cells = await row1.locator('td').allInnerTexts();
    assert.ok(pct(cells[2]) > 0.4, `training accuracy ${cells[2]}`);
    assert.ok(pct(cells[3]) > 0.4, `test accuracy ${cells[3]} well above chance (10 %)`);
    await lab.getByLabel(/Dropout/).check();
    await lab.getByRole('button', { name: 'Train again' }).click();
    await lab.locator('tbody tr').nth(1).getByText('5/5').waitFor({ timeout: 120_000 });
    assert.equal(await lab.locator('tbody tr').count(), 2);
    assert.match(await lab.locator('tbody tr').nth(1).innerText(), /dropout/);
    // The chart's text alternative (ChartFrame keeps it beside the drawing, which is aria-hidden).
    const chart = lab.locator('figure').filter({ hasText: /Accuracy per epoch/ });
    assert.match(await chart.locator('.visually-hidden').textContent(), /Accuracy per epoch.*Run 1: test: \d+\.\d %.*Run 2: test: \d+\.\d %/);
    await finish(page, 'training-practice-overfit-1280');
  });

  it('the fine-tuning lab loads the pre-trained network and a frozen trunk beats chance on the new four-group task at once', async () => {
    const { page, widget: lab } = await openWidget(site, url(), '[data-widget="FineTuneLab"]');
    await lab.getByLabel('Epochs').selectOption('3');
    await lab.getByRole('button', { name: 'Load images and train' }).click();
    await lab.locator('tbody tr').nth(0).getByText('3/3').waitFor({ timeout: 120_000 });
    const test = pct((await lab.locator('tbody tr').nth(0).locator('td').allInnerTexts())[3]);
    assert.ok(test > 0.6, `four-group test accuracy ${test} (always "tops" scores 40 %)`);
    assert.match(await lab.innerText(), /Pre-trained on all 6,000 training images/);
    await finish(page, 'training-practice-finetune-1280');
  });
});

describe('the label-safe augmentation challenge', () => {
  it('refuses the upside-down flip and a 90° turn, accepts the mirror with small turns and shifts', async () => {
    const { page, widget: ch } = await openWidget(site, url(), '[data-challenge="training-practice-augment-challenge"]', { width: 1280, height: 900 });
    const gal = ch.locator('[data-widget="AugmentationGallery"]');
    assert.match(await checkChallenge(ch, 'Not yet.'), /upside-down flip/);
    await gal.getByLabel(/Flip upside down/).uncheck();
    const rotation = gal.getByLabel(/Max rotation/);
    await rotation.focus();
    await page.keyboard.press('End');
    assert.match(await checkChallenge(ch, 'Not yet.'), /turns of up to 180°/);
    await rotation.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await rotation.inputValue(), '15');
    assert.match(await checkChallenge(ch, 'Goal reached.'), /keeps its label/);
    await ch.scrollIntoViewIfNeeded();
    await finish(page, 'challenge-training-practice');
  });
});

// The visualising lesson as a reader drives it: nothing heavy before a button; occlusion (size and
// stride by keyboard), saliency and Grad-CAM, the deconvnet, the top-9 images, a short run of
// activation maximisation that can be stopped, the challenge, tensors flat after repeated use; the
// sweep (axe in light and dark, 360 px and 1920 px).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { challenge, finish, openSite, openWidget, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/visualising-cnns/`;
const num = async (loc, attr) => Number(await loc.getAttribute(attr));
const tensors = (page) => page.evaluate(() => window.__cnnTensors());

/** The widget `name` (the first of its kind) with the trained model loaded. */
async function loaded(page, name, nth = 0) {
  const widget = page.locator(`[data-widget="${name}"]`).nth(nth);
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-part="load"]').click();
  return widget;
}

describe('visualising-cnns lesson', () => {
  it('reads before anything heavy loads: every widget waits for a button', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(lesson());
    assert.equal(await page.locator('[data-part="load"]').count(), 5);
    assert.ok(!requests.some((u) => u.includes('fashion-cnn.weights') || u.includes('fashion-mnist')), 'nothing downloaded before the reader asks');
    await finish(page);
  });

  it('OcclusionMap: the probability falls where the square covers the garment; size and stride by keyboard; tensors flat', async () => {
    const { page } = await openWidget(site, lesson(), '[data-widget="OcclusionMap"] >> nth=0', { width: 1280, height: 900 });
    const widget = await loaded(page, 'OcclusionMap');
    const readout = widget.locator('[data-part="occlusion"]');
    await readout.filter({ hasText: 'falls lowest' }).waitFor({ timeout: 90000 });
    assert.equal(await num(readout, 'data-positions'), 144);
    const base = await num(readout, 'data-baseline');
    const low = await num(readout, 'data-low');
    assert.ok(base > 0.5 && low < base, `p(true class) ${base} whole, ${low} at worst`);
    await widget.locator('[data-testid="occlusion-map"]').waitFor();
    const before = await tensors(page);
    const stride = widget.getByRole('slider', { name: 'Stride' });
    await stride.focus();
    await page.keyboard.press('ArrowRight'); // 3: ⌊22/3⌋ + 1 = 8
    await readout.and(page.locator('[data-positions="64"]')).waitFor({ timeout: 30000 });
    const size = widget.getByRole('slider', { name: 'Square side' });
    await size.focus();
    await page.keyboard.press('End'); // 14: ⌊14/3⌋ + 1 = 5
    await readout.and(page.locator('[data-positions="25"]')).waitFor({ timeout: 30000 });
    await page.keyboard.press('Home'); // 1: ⌊27/3⌋ + 1 = 10
    await readout.and(page.locator('[data-positions="100"]')).waitFor({ timeout: 30000 });
    assert.equal(await tensors(page), before, 'tensors flat after three occlusion maps');
    await widget.scrollIntoViewIfNeeded();
    await finish(page, 'visualising-occlusion-1280');
  });

  it('SaliencyView: saliency, Grad-CAM and a deconvnet projection for the image; another class and channel; tensors flat', async () => {
    const { page } = await openWidget(site, lesson(), '[data-widget="SaliencyView"]', { width: 1280, height: 900 });
    const widget = await loaded(page, 'SaliencyView');
    const readout = widget.locator('[data-part="saliency"]');
    await readout.filter({ hasText: 'Explaining' }).waitFor({ timeout: 90000 });
    assert.ok((await num(readout, 'data-max')) > 0, 'the saliency map is not all zero');
    assert.ok((await num(readout, 'data-cam-max')) >= 0);
    await widget.locator('[data-testid="saliency-map"]').waitFor();
    await widget.locator('[data-testid="gradcam-map"]').waitFor();
    const deconv = widget.locator('[data-part="deconv"]');
    await deconv.filter({ hasText: /strongest unit|zero everywhere/ }).waitFor({ timeout: 60000 });
    const before = await tensors(page);
    await widget.getByLabel('Class to explain').selectOption({ label: 'Sneaker' });
    await readout.filter({ hasText: 'Explaining Sneaker' }).waitFor({ timeout: 30000 });
    const channel = widget.getByRole('slider', { name: 'Channel' });
    await channel.focus();
    await page.keyboard.press('ArrowRight');
    await deconv.filter({ hasText: 'channel 1' }).waitFor({ timeout: 30000 });
    assert.equal(await tensors(page), before, 'tensors flat after new maps and projections');
    await widget.locator('[data-testid="gradcam-map"]').scrollIntoViewIfNeeded();
    await finish(page, 'visualising-saliency-1280');
  });

  it('FilterGallery: 16 filters; the top 9 test images of a channel, each with its field and projection', async () => {
    const { page } = await openWidget(site, lesson(), '[data-widget="FilterGallery"]', { width: 1280, height: 900 });
    const widget = await loaded(page, 'FilterGallery');
    const readout = widget.locator('[data-part="top9"]');
    await readout.filter({ hasText: 'peaks highest on' }).waitFor({ timeout: 120000 });
    assert.equal(await widget.locator('[data-part="filter"]').count(), 16);
    assert.equal(await widget.locator('[data-part="top-item"]').count(), 9);
    const best = await num(readout, 'data-best');
    await widget.locator('[data-part="filter"]').nth(3).click();
    await readout.filter({ hasText: 'channel 3' }).waitFor({ timeout: 60000 });
    assert.ok((await num(readout, 'data-best')) !== best, 'another channel, other favourites');
    await widget.locator('[data-part="top-item"]').first().scrollIntoViewIfNeeded();
    await finish(page, 'visualising-top9-1280');
  });

  it('DeepDream: a short class run raises the score and can be stopped; tensors flat', async () => {
    const { page } = await openWidget(site, lesson(), '[data-widget="DeepDream"]', { width: 1280, height: 900 });
    const widget = await loaded(page, 'DeepDream');
    const steps = widget.getByRole('slider', { name: 'Steps' });
    await steps.waitFor({ timeout: 60000 });
    await steps.focus();
    await page.keyboard.press('Home'); // 10 steps
    await page.waitForFunction(() => typeof window.__cnnTensors === 'function');
    const before = await tensors(page);
    await widget.locator('[data-part="run"]').click();
    const readout = widget.locator('[data-part="dream"]');
    await readout.and(page.locator('[data-state="done"]')).waitFor({ timeout: 60000 });
    assert.ok((await num(readout, 'data-last')) > (await num(readout, 'data-first')), 'the class score rose');
    assert.equal(await num(readout, 'data-step'), 10);
    assert.equal(await tensors(page), before, 'tensors flat after a run');
    await steps.focus();
    await page.keyboard.press('End'); // 400 steps, then stop early
    await widget.locator('[data-part="run"]').click();
    await widget.locator('[data-part="stop"]').click();
    await readout.and(page.locator('[data-state="stopped"]')).waitFor({ timeout: 30000 });
    assert.ok((await num(readout, 'data-step')) < 400);
    assert.equal(await tensors(page), before, 'tensors flat after a stopped run');
    await widget.locator('[data-testid="dream-image"]').scrollIntoViewIfNeeded();
    await finish(page, 'visualising-dream-1280');
  });

  it('the challenge: an 8 × 8 occlusion grid with overlapping squares', async () => {
    const { page } = await openWidget(site, lesson(), 'section[data-challenge="visualising-cnns-occlusion-challenge"]', { width: 1280, height: 900 });
    const { section, check } = challenge(page, 'visualising-cnns-occlusion-challenge');
    await section.locator('[data-widget="OcclusionMap"][data-ready]').waitFor();
    assert.match(await check('wrong'), /now 12/);
    // The controls appear once the model is loaded; set them by keyboard.
    await section.locator('[data-part="load"]').click();
    const stride = section.getByRole('slider', { name: 'Stride' });
    await stride.waitFor({ timeout: 90000 });
    await stride.focus();
    await page.keyboard.press('ArrowRight');
    assert.match(await check('right'), /share 3 pixels/);
    await finish(page);
  });

  sweep(() => site, 'visualising-cnns');
});

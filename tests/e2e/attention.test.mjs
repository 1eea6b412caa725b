// The attention lesson as a reader drives it: SqueezeExcite (pick an image by keyboard, move
// between channels, override a weight, switch SE off, hard top-k, the per-class heat map) and
// AttentionMasks (mask modes, hard fraction, stacking), a phone in dark theme, axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChallenge, finish, openSite, openWidget, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/attention/`;

async function open(page, name) {
  // The first instance: the lesson's own; the challenge has another.
  const widget = page.locator(`[data-widget="${name}"]`).first();
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-part="summary"]').waitFor({ timeout: 60000 });
  return widget;
}

const probOf = async (widget, k) => Number((await widget.locator(`[data-part="probs"] [data-class="${k}"]`).textContent()).match(/([\d.]+) %/)[1]);

describe('SqueezeExcite', () => {
  it('shows the block on a real image; keyboard picks images and channels; overrides and SE off change the prediction', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const widget = await open(page, 'SqueezeExcite');
    const summary = widget.locator('[data-part="summary"]');
    assert.match(await summary.textContent(), /Predicted Ankle boot .*true class: Ankle boot/);
    // 16 maps before and after, 16 bars.
    assert.equal(await widget.locator('[data-part="before"] canvas').count(), 16);
    assert.equal(await widget.locator('[data-part="after"] canvas').count(), 16);
    // Thumbnails: a radio group the arrow keys move through.
    const chosen = widget.getByRole('radio', { name: /test image 0\)/ });
    await chosen.focus();
    await page.keyboard.press('Home');
    await summary.filter({ hasText: 'true class: T-shirt/top' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-checked')), 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await summary.filter({ hasText: 'true class: Trouser' }).waitFor();
    // The bar chart is a focusable figure: arrow keys move the selected channel.
    const bars = widget.locator('[data-part="bars"]');
    await bars.focus();
    await page.keyboard.press('End');
    await widget.locator('[data-part="channel"]').filter({ hasText: 'Channel 15:' }).waitFor();
    assert.match(await bars.getAttribute('aria-label'), /Channel 15: squeeze/);
    // Override every channel's weight to 0 by keyboard on the slider: the prediction collapses.
    const truth = Number(await summary.getAttribute('data-truth'));
    const before = await probOf(widget, truth);
    const slider = widget.getByRole('slider', { name: /Weight of channel/ });
    for (let c = 15; c >= 0; c--) {
      await bars.focus();
      await page.keyboard.press(c === 15 ? 'End' : 'ArrowLeft');
      await widget.locator('[data-part="channel"]').filter({ hasText: `Channel ${c}:` }).waitFor();
      await slider.focus();
      await page.keyboard.press('Home');
    }
    await widget.getByText('16 channels overridden.').waitFor();
    const zeroed = await probOf(widget, truth);
    assert.ok(zeroed < before, `${zeroed} < ${before}`);
    await widget.getByRole('button', { name: 'Clear all overrides' }).click();
    await widget.getByText('No channel overridden.').waitFor();
    assert.equal(await probOf(widget, truth), before);
    // SE off and hard top-1 change the numbers the reader sees.
    await widget.getByRole('radio', { name: 'Hard: keep the top k' }).check();
    const k = widget.getByRole('slider', { name: 'k (channels kept)' });
    await k.focus();
    await page.keyboard.press('Home');
    await widget.locator('[data-part="channel"]').waitFor();
    const afterHard = await widget.locator('[data-part="after"] canvas').count();
    assert.equal(afterHard, 16);
    assert.notEqual(await probOf(widget, truth), before);
    await widget.getByRole('radio', { name: 'SE switched off (all 1)' }).check();
    await widget.locator('[data-part="channel"]').filter({ hasText: 'weight applied 1.000' }).waitFor();
    // The per-class heat map and the accuracy line, computed on the 1,000 test images.
    const accuracy = widget.locator('[data-part="accuracy"]');
    await accuracy.waitFor({ timeout: 120000 });
    const soft = Number(await accuracy.getAttribute('data-soft'));
    const off = Number(await accuracy.getAttribute('data-off'));
    assert.ok(soft > 0.8 && off < soft, `${off} < ${soft}`);
    assert.equal(await widget.locator('[data-part="heatmap"] rect[fill]').count(), 160);
    await widget.locator('[data-part="heatmap"]').scrollIntoViewIfNeeded();
    await finish(page, 'attention-se-1280');
  });

  it('restores a shared link and explains a bad one', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    const state = encodeURIComponent(JSON.stringify({ image: 5, mode: 'off', channel: 3 }));
    await page.goto(`${lesson()}?w.attention-se=${state}#attention-se`);
    const widget = await open(page, 'SqueezeExcite');
    await widget.locator('[data-part="channel"]').filter({ hasText: 'Channel 3:' }).waitFor();
    assert.equal(await widget.getByRole('radio', { name: 'SE switched off (all 1)' }).isChecked(), true);
    const bad = await site.page({ width: 1280, height: 900 });
    await bad.goto(`${lesson()}?w.attention-se=${encodeURIComponent(JSON.stringify({ overrides: [2] }))}`);
    const w2 = await open(bad, 'SqueezeExcite');
    await w2.getByRole('alert').filter({ hasText: 'overrides must be a list of 16' }).waitFor();
    await finish(page);
  });
});

describe('AttentionMasks', () => {
  it('compares (1 + M)·T, M·T, no mask and a hard mask on the same maps; the stacking arithmetic follows the slider', async () => {
    const page = await site.page({ width: 1280, height: 900, reducedMotion: 'reduce' });
    await page.goto(lesson());
    const widget = await open(page, 'AttentionMasks');
    const summary = widget.locator('[data-part="summary"]');
    assert.match(await summary.textContent(), /^\(1 \+ M\)·T \(as trained\): predicted/);
    assert.match(await widget.locator('[data-part="factor"]').getAttribute('aria-label'), /values from 1\.\d\d to 1\.\d\d/);
    await widget.getByRole('radio', { name: 'M·T (mask only)' }).check();
    await summary.filter({ hasText: 'M·T (mask only)' }).waitFor();
    assert.match(await widget.locator('[data-part="factor"]').getAttribute('aria-label'), /values from 0\.\d\d to 0\.\d\d/);
    await widget.getByRole('radio', { name: 'Hard: top positions only' }).check();
    const fraction = widget.getByRole('slider', { name: 'Share of positions a hard mask keeps' });
    await fraction.focus();
    await page.keyboard.press('Home');
    await widget.locator('tr[data-mode="hard"]').filter({ hasText: 'hard top 5 %' }).waitFor();
    const stack = widget.locator('[data-part="stack"]');
    const text = await stack.textContent();
    const slider = widget.getByRole('slider', { name: 'Attention modules stacked' });
    await slider.focus();
    await page.keyboard.press('End');
    await stack.filter({ hasText: 'Through 50 modules' }).waitFor();
    assert.notEqual(await stack.textContent(), text);
    const acc = widget.locator('td[data-accuracy]');
    await acc.first().waitFor({ timeout: 120000 });
    const values = await acc.evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-accuracy'))));
    assert.equal(values.length, 4);
    assert.ok(values[0] > values[3], String(values));
    await finish(page, 'attention-masks-1280');
  });
});

describe('the attention lesson page', () => {
  // Both widgets with their model loaded and their numbers shown.
  sweep(() => site, 'attention', {
    ready: async (page) => {
      const se = await open(page, 'SqueezeExcite');
      await se.locator('[data-part="accuracy"]').waitFor({ timeout: 120000 });
      const masks = await open(page, 'AttentionMasks');
      await masks.locator('td[data-accuracy]').first().waitFor({ timeout: 120000 });
    },
  });

  it('reads before the widgets load: the text is there without JavaScript', async () => {
    const page = await site.page({ width: 1280, height: 900, javaScriptEnabled: false });
    await page.goto(lesson());
    assert.match(await page.locator('main').textContent(), /squeeze-and-excitation/);
    assert.ok((await page.locator('[data-widget="SqueezeExcite"]').count()) === 2);
  });
});

describe('the hard top-k challenge', () => {
  it('refuses top-4, accepts hard attention keeping 8 of the 16 channels', async () => {
    const { page, widget: ch } = await openWidget(site, lesson(), '[data-challenge="attention-se-hard-challenge"]', { width: 1280, height: 900 });
    const w = ch.locator('[data-widget="SqueezeExcite"]');
    await w.locator('[data-part="summary"]').waitFor({ timeout: 60000 });
    assert.match(await checkChallenge(ch, 'Not yet.'), /soft weights/);
    await w.getByRole('radio', { name: 'Hard: keep the top k' }).check();
    assert.match(await checkChallenge(ch, 'Not yet.'), /keeps 4 of the 16 channels, not 8/);
    const k = w.getByRole('slider', { name: 'k (channels kept)' });
    await k.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await k.inputValue(), '8');
    assert.match(await checkChallenge(ch, 'Goal reached.'), /8 of 16 as asked/);
    await ch.scrollIntoViewIfNeeded();
    await finish(page, 'challenge-attention');
  });
});

// The lightweight-networks lesson as a reader drives it: the separable-cost ratio against
// 1/N + 1/D_k², the channel shuffle against PyTorch's golden permutation, the divisor message,
// keyboard and mouse, reduced motion, 360 px, accessibility, both themes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkChallenge, finish, openSite, openWidget, snap, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/lightweight-networks/`;
const golden = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../golden/channel_shuffle_g3.json'), 'utf8'));

/** The permutation PyTorch applied: for each output channel, the input channel with the same values. */
function goldenPermutation() {
  const [, c, h, w] = golden.inputs.x.shape;
  const plane = h * w;
  const chan = (data, i) => JSON.stringify(data.slice(i * plane, (i + 1) * plane));
  const inputs = Array.from({ length: c }, (_, i) => chan(golden.inputs.x.data, i));
  return Array.from({ length: c }, (_, j) => inputs.indexOf(chan(golden.outputs.y.data, j)));
}

async function widget(page, name) {
  // The first instance: the lesson's own; a challenge further down has another.
  const w = page.locator(`[data-widget="${name}"]`).first();
  await w.scrollIntoViewIfNeeded();
  return w;
}

describe('DepthwiseSeparableCost', () => {
  it('shows the counted ratio equal to 1/N + 1/D_k² as the reader edits with keyboard and mouse', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const w = await widget(page, 'DepthwiseSeparableCost');
    const ratio = async () => Number(await w.locator('[data-part="ratio"]').textContent());
    const check = async (n, dk) => {
      const r = await ratio();
      assert.ok(Math.abs(r - (1 / n + 1 / (dk * dk))) < 1e-6, `ratio ${r} for N=${n}, D_k=${dk}`);
    };
    await check(512, 3);
    // Mouse: click into the field and type.
    await w.getByLabel('Output channels N').click();
    await w.getByLabel('Output channels N').fill('64');
    await check(64, 3);
    // Keyboard: Tab to the kernel field and step it with the arrow key.
    await w.getByLabel('Output channels N').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowUp');
    assert.equal(await w.getByLabel('Kernel side D_k').inputValue(), '4');
    await check(64, 4);
    const depthwise = await w.locator('[data-part="mults-depthwise"]').textContent();
    assert.equal(Number(depthwise.replace(/,/g, '')), 16 * 512 * 14 * 14);
    await w.getByLabel('Kernel side D_k').fill('0');
    await w.getByRole('alert').getByText(/Kernel side D_k must be between 1 and 11/).waitFor();
    await finish(page, 'lightweight-networks-separable-1920');
  });
});

describe('ChannelShuffle', () => {
  it("moves channels as PyTorch's golden channel_shuffle does, and explains a bad groups count", async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const w = await widget(page, 'ChannelShuffle');
    await w.getByLabel('Channels', { exact: true }).fill('9');
    await w.getByLabel('Groups', { exact: true }).fill('2');
    await w.getByRole('alert').getByText('2 groups do not divide 9 channels').waitFor();
    assert.match(await w.getByRole('alert').textContent(), /1, 3, 9 groups/);
    await w.getByLabel('Groups', { exact: true }).fill('3');
    const order = (await w.locator('[data-part="order"]').textContent()).split(', ').map(Number);
    assert.deepEqual(order, goldenPermutation());
    const drawn = await w.locator('rect[data-after]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-after'))));
    assert.deepEqual(drawn, goldenPermutation());
    const cells = await w.locator('[data-part="seen"] tbody td').allTextContents();
    // Without the shuffle group k reads only group k; with it every group reads groups 1, 2 and 3.
    assert.deepEqual(cells, ['1', '1, 2, 3', '2', '1, 2, 3', '3', '1, 2, 3']);
    await finish(page);
  });

  it('steps with the keyboard and toggles before / after; no animation under reduced motion', async () => {
    const page = await site.page({ width: 1920, height: 1080, reducedMotion: 'reduce' });
    await page.goto(lesson());
    const w = await widget(page, 'ChannelShuffle');
    const figure = w.getByRole('img', { name: /Channel shuffle of 12 channels in 3 groups/ });
    await figure.focus();
    await page.keyboard.press('Home');
    assert.equal(await w.locator('rect[data-after]:not([data-after=""])').count(), 0);
    assert.equal(await w.locator('[data-part="announce"]').textContent(), 'Before the shuffle: channels in their groups.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Position 1 of 12 channels in 3 groups takes channel 4 (the first of group 2).
    assert.equal(await w.locator('[data-part="announce"]').textContent(), 'Position 1 takes channel 4 from group 2.');
    await page.keyboard.press('Space');
    assert.equal(await w.locator('rect[data-after]:not([data-after=""])').count(), 12);
    await w.getByRole('button', { name: 'Show before' }).click();
    assert.equal(await w.locator('rect[data-after]:not([data-after=""])').count(), 0);
    // Play under reduced motion jumps straight to the end.
    await w.getByRole('button', { name: 'Play' }).click();
    assert.equal(await w.locator('rect[data-after]:not([data-after=""])').count(), 12);
    const transition = await w.locator('line').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    assert.equal(transition, '0s');
    await finish(page, 'lightweight-networks-shuffle-1920');
  });
});

describe('the lightweight-networks lesson', () => {
  sweep(() => site, 'lightweight-networks', {
    async ready(page, { theme, width }) {
      for (const name of ['DepthwiseSeparableCost', 'ChannelShuffle']) {
        await (await widget(page, name)).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await snap(page, `lightweight-networks-${name}-${width}-${theme}`);
      }
      await page.locator('#lightweight-networks-mobilenet-v2').scrollIntoViewIfNeeded();
      await snap(page, `lightweight-networks-v2explorer-${width}-${theme}`);
    },
  });
});

describe('the separable speed-up challenge', () => {
  it('refuses 3 × 3 kernels however wide the output, accepts 5 × 5', async () => {
    const { page, widget: ch } = await openWidget(site, lesson(), '[data-challenge="lightweight-networks-speedup-challenge"]', { width: 1280, height: 900 });
    const w = ch.locator('[data-widget="DepthwiseSeparableCost"]');
    await w.getByLabel('Output channels N').click();
    await w.getByLabel('Output channels N').fill('4096');
    assert.match(await checkChallenge(ch, 'Not yet.'), /the kernel side has to grow/);
    await w.getByLabel('Output channels N').fill('512');
    await w.getByLabel('Kernel side D_k').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    assert.equal(await w.getByLabel('Kernel side D_k').inputValue(), '5');
    assert.match(await checkChallenge(ch, 'Goal reached.'), /23\.84 times fewer/);
    await ch.scrollIntoViewIfNeeded();
    await finish(page, 'challenge-lightweight-networks');
  });
});

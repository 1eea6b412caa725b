// The what-is-a-cnn lesson: the page swept (themes, widths, axe), and its widget challenge, worked
// with the mouse: a wrong pattern first, then the goal.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChallenge, finish, openChallenge, openSite, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

describe('the what-is-a-cnn lesson page', () => {
  sweep(() => site, 'what-is-a-cnn');
});

describe('what-is-a-cnn challenge', () => {
  it('sets N, M and K to 8 layers with weights and an 8 × 8 last map', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/lessons/what-is-a-cnn/`);
    const section = await openChallenge(page, 'what-is-a-cnn-pattern-challenge');
    const widget = section.locator('[data-widget="LayerPattern"]');
    // N = 2, M = 3, K = 1: the lesson's 8 layers, but the map ends at 4 × 4.
    await widget.getByLabel('N: CONV → RELU repeats').selectOption('2');
    await widget.getByLabel('M: stages').selectOption('3');
    await widget.getByLabel('K: FC → RELU repeats').selectOption('1');
    assert.match(await checkChallenge(section, 'wrong'), /8 layers with weights and a last feature map of 4 × 4.*a 8 × 8 last map/);
    await widget.getByLabel('N: CONV → RELU repeats').selectOption('3');
    await widget.getByLabel('M: stages').selectOption('2');
    assert.match(await checkChallenge(section, 'right'), /3 × 2 \+ 1 \+ 1 = 8 layers with weights and a last feature map of 8 × 8, as asked/);
    await finish(page, 'challenge-what-is-a-cnn');
  });
});

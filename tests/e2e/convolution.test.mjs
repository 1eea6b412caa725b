// The convolution lesson: the whole page swept (themes, widths, axe), and its widget challenges,
// worked with the mouse and keyboard: a wrong state first, then the goal.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChallenge, finish, openChallenge, openSite, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/convolution/`;

// The lesson's stepper, im2col and photographs are driven in stepper.test.mjs; here, the whole page.
describe('the convolution lesson page', () => {
  sweep(() => site, 'convolution');
});

describe('convolution challenges', () => {
  it('sets stride and padding so the 12 × 12 digit gives 6 × 6', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const section = await openChallenge(page, 'convolution-stride-padding-challenge');
    const stride = section.getByRole('group', { name: 'Stride' });
    const padding = section.getByRole('group', { name: 'Padding' });
    await stride.getByRole('radio', { name: '2', exact: true }).check();
    assert.match(await checkChallenge(section, 'wrong'), /the output is 5 × 5, not 6 × 6\. It shrank too much/);
    await padding.getByRole('radio', { name: '1', exact: true }).check();
    assert.match(await checkChallenge(section, 'right'), /With stride 2, padding 1, the output is 6 × 6, as asked/);
    await finish(page, 'challenge-convolution-stride-padding');
  });

  it('turns the Sobel y kernel into a vertical-edge detector by typing its weights', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const section = await openChallenge(page, 'convolution-vertical-edge-challenge');
    assert.match(await checkChallenge(section, 'wrong'), /row 1 sums to −4, row 3 sums to 4.*every column sums to 0/);
    const weights = [['-1', '0', '1'], ['-2', '0', '2'], ['-1', '0', '1']];
    for (const [i, row] of weights.entries()) {
      for (const [j, w] of row.entries()) await section.getByRole('textbox', { name: `Kernel row ${i + 1}, column ${j + 1}` }).fill(w);
    }
    assert.match(await checkChallenge(section, 'right'), /Every row sums to 0.*column sums \(−4, 0, 4\)/);
    await finish(page, 'challenge-convolution-vertical-edge');
  });
});

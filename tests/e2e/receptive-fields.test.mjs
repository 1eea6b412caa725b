// The receptive-fields lesson as a reader drives it: keyboard, pointer, editing the stack, links.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChallenge, finish, openChallenge, openSite, snap, sweep, widgetSaying } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/receptive-fields/`;

const explorer = (page, id) => widgetSaying(page, `[data-widget="ReceptiveFieldExplorer"]#${id}`, 'Output unit at row');
const said = (widget) => widget.locator('[data-testid="rf-announce"]').textContent();

describe('ReceptiveFieldExplorer', () => {
  it('moves the output unit with the keyboard and announces the field it sees', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page, 'receptive-fields-explorer');
    assert.equal(await said(widget), 'Output unit at row 8, column 8 sees a 5×5 field: input rows 6–10, columns 6–10.');
    await widget.getByRole('group', { name: /Feature maps of the stack/ }).focus();
    await page.keyboard.press('Home');
    assert.equal(await said(widget), 'Output unit at row 8, column 1 sees a 5×5 field: input rows 6–10, columns -1–3; 10 cells of it are padding.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageUp');
    assert.match(await said(widget), /^Output unit at row 1, column 2 sees a 5×5 field: input rows -1–3, columns 0–4; 13 cells/);
    // The input map's highlighted region is the one announced (0-based rows -2…2, cols -1…3).
    assert.equal(await widget.locator('svg[data-map="0"] [data-region]').getAttribute('data-region'), '-2,-1,2,3');
    await finish(page);
  });

  it('shows the stack against one big kernel: 18 against 25, then 27 against 49', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page, 'receptive-fields-explorer');
    assert.equal(await widget.locator('[data-value="stack-per-pair"]').textContent(), '18');
    assert.equal(await widget.locator('[data-value="single-per-pair"]').textContent(), '25');
    await widget.getByRole('button', { name: 'Add a layer' }).click();
    assert.equal(await widget.locator('[data-value="stack-per-pair"]').textContent(), '27');
    assert.equal(await widget.locator('[data-value="single-per-pair"]').textContent(), '49');
    assert.match(await said(widget), /7×7 field/);
    // Dilation 2 on the new layer: a wider field for the same weights.
    await widget.getByLabel('Dilation').last().selectOption('2');
    assert.match(await said(widget), /9×9 field/);
    assert.equal(await widget.locator('[data-value="stack-per-pair"]').textContent(), '27');
  });

  it('draws the effective field from the gradient, narrower than the theoretical one', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const widget = await explorer(page, 'receptive-fields-effective');
    await widget.locator('[data-value="half"]').waitFor({ timeout: 20000 });
    assert.equal(await widget.locator('[data-value="theory"]').textContent(), '13×13');
    const half = Number((await widget.locator('[data-value="half"]').textContent()).split('×')[0]);
    assert.ok(half < 13, `half of the gradient lies in a ${half}×${half} square, inside the 13×13 field`);
    await widget.locator('section[aria-label="Effective receptive field"]').scrollIntoViewIfNeeded();
    await finish(page, 'rf-effective-1920');
  });

  it('explains a stack that does not fit, and recovers', async () => {
    const page = await site.page();
    const state = { side: 4, layers: [{ kind: 'conv', kernel: 3 }, { kind: 'conv', kernel: 3 }] };
    await page.goto(`${lesson()}?w.receptive-fields-explorer=${encodeURIComponent(JSON.stringify(state))}`);
    const widget = page.locator('#receptive-fields-explorer');
    await widget.getByRole('alert').filter({ hasText: 'Layer 2 does not fit its 2×2 input' }).waitFor();
    await widget.getByRole('button', { name: 'Remove layer 2' }).click();
    assert.match(await said(await explorer(page, 'receptive-fields-explorer')), /sees a 3×3 field/);
    const bad = await site.page();
    await bad.goto(`${lesson()}?w.receptive-fields-explorer=${encodeURIComponent(JSON.stringify({ side: 500 }))}`);
    await bad.locator('#receptive-fields-explorer').getByRole('alert').filter({ hasText: 'Input side must be between 3 and 64' }).waitFor();
  });

  sweep(() => site, 'receptive-fields', {
    ready: async (page, { width }) => {
      await explorer(page, 'receptive-fields-explorer');
      await snap(page, `rf-explorer-${width}`);
    },
  });
});

describe('receptive-fields challenge', () => {
  it('reaches a 15 × 15 field with four layers: stride 2 in the first', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const section = await openChallenge(page, 'receptive-fields-target-challenge');
    const add = section.getByRole('button', { name: 'Add a layer' });
    await add.click();
    await add.click();
    assert.match(await checkChallenge(section, 'wrong'), /4 layers give a receptive field of 9 × 9, not 15 × 15\. It needs to grow/);
    await section.getByRole('group', { name: 'Layer 1', exact: true }).getByLabel('Stride').selectOption('2');
    assert.match(await checkChallenge(section, 'right'), /4 layers give a receptive field of 15 × 15, as asked/);
    await finish(page, 'challenge-receptive-fields');
  });
});

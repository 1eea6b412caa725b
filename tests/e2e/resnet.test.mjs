// The resnet lesson as a reader drives it: GradientFlow by mouse and keyboard (plain sigmoid at
// depth 50 loses its gradient, residual keeps it), a short training run, a phone, dark theme, axe.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { challenge, finish, openSite, snap, sweep } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/resnet/`;

async function flow(page) {
  const widget = page.locator('[data-widget="GradientFlow"]#resnet-flow');
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-part="summary"]').waitFor();
  return widget;
}
const ratio = async (widget) => Number(await widget.locator('[data-part="summary"]').getAttribute('data-ratio'));

describe('GradientFlow', () => {
  it('shows the plain sigmoid gradient vanishing at depth 50 and the residual one surviving', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const widget = await flow(page);
    const summary = widget.locator('[data-part="summary"]');
    assert.match(await summary.textContent(), /Depth 50, plain, sigmoid: the gradient at layer 1 is .* of the last layer’s\. It has vanished/);
    assert.ok((await ratio(widget)) < 1e-6);
    await widget.getByRole('radio', { name: 'Residual' }).click();
    await summary.filter({ hasText: 'residual' }).waitFor();
    const r = await ratio(widget);
    assert.ok(r > 0.2 && r < 5, String(r));
    assert.match(await summary.textContent(), /usable size/);
    // Keyboard: the depth slider and the figure's block pointer.
    const slider = widget.getByRole('slider', { name: 'Depth (layers)' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await summary.filter({ hasText: 'Depth 49' }).waitFor();
    const figure = widget.getByRole('group', { name: /Bar chart and flow diagram/ });
    await figure.focus();
    await page.keyboard.press('End');
    await widget.locator('[data-part="block"]').filter({ hasText: 'Block 49 multiplies' }).waitFor();
    await finish(page, 'resnet-flow-1280');
  });

  it('trains both networks and the residual one ends below the plain one', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const widget = await flow(page);
    await widget.getByRole('radio', { name: '10' }).check();
    await widget.locator('[data-part="train-button"]').click();
    const status = widget.locator('[data-part="train-status"]');
    await status.filter({ hasText: 'After 150 steps' }).waitFor({ timeout: 120000 });
    const plain = Number(await status.getAttribute('data-plain'));
    const residual = Number(await status.getAttribute('data-residual'));
    assert.ok(residual < plain, `${residual} < ${plain}`);
    await status.scrollIntoViewIfNeeded();
    await finish(page, 'resnet-training-1280');
  });

  it('fits a phone without sideways scrolling', async () => {
    const page = await site.page({ width: 360, height: 740 });
    await page.goto(lesson());
    await flow(page);
    for (const w of await page.locator('[data-widget="ArchitectureExplorer"]').all()) await w.scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `overflows a phone by ${overflow}px`);
    await (await flow(page)).scrollIntoViewIfNeeded();
    await finish(page, 'resnet-flow-360');
  });

  sweep(() => site, 'resnet', {
    reducedMotion: 'reduce',
    async ready(page, { theme, width }) {
      await flow(page);
      await snap(page, `resnet-flow-${theme}-${width}`);
    },
  });
});

describe('the gradient challenge', () => {
  it('refuses the plain sigmoid stack, even with another weight scale, and accepts the residual one', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const c = challenge(page, 'resnet-gradient-challenge');
    await c.section.scrollIntoViewIfNeeded();
    const widget = c.section.locator('[data-widget="GradientFlow"]');
    await widget.locator('[data-part="summary"]').waitFor();
    assert.match(await c.check('wrong'), /Not yet\..*Plain: the gradient is multiplied by each layer's sigmoid slope/);
    // A larger weight scale (keyboard) does not save the plain stack.
    const scale = widget.getByRole('slider', { name: 'Initial weight scale' });
    await scale.focus();
    await page.keyboard.press('End');
    await widget.locator('output').filter({ hasText: '4.00' }).waitFor();
    assert.match(await c.check('wrong'), /Changing the weight scale cannot fix that/);
    await widget.getByRole('radio', { name: 'Residual' }).click();
    await widget.locator('[data-part="summary"]').filter({ hasText: 'residual' }).waitFor();
    const r = Number(await widget.locator('[data-part="summary"]').getAttribute('data-ratio'));
    assert.ok(r > 0.1 && r < 10, String(r));
    assert.match(await c.check('right'), /Goal reached\..*∂F\/∂x \+ 1/);
    await c.section.locator('[data-feedback]').scrollIntoViewIfNeeded();
    await finish(page, 'resnet-challenge-1280');
  });
});

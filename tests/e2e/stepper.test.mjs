// The convolution stepper as a reader drives it: mouse, keyboard, the photograph, shared links.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { finish, openSite, snap, widgetSaying } from './harness.mjs';

const golden = JSON.parse(fs.readFileSync(new URL('../golden/conv2d_basic.json', import.meta.url), 'utf8'));

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/convolution/`;

/** The widget, once TensorFlow.js has loaded and its first window is computed. */
const stepper = (page, id) => widgetSaying(page, `[data-widget="ConvolutionStepper"]#${id}`, 'Window at row');

const said = (widget) => widget.locator('[aria-live="polite"]').textContent();

describe('ConvolutionStepper', () => {
  it('steps forward and back with the mouse, announcing each window', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await stepper(page, 'convolution-grid');
    assert.match(await said(widget), /^Window at row 1, column 1: sum .* = /);
    await widget.getByRole('button', { name: 'Step', exact: true }).click();
    assert.match(await said(widget), /^Window at row 1, column 2: /);
    await widget.getByRole('button', { name: 'Step', exact: true }).click();
    await widget.getByRole('button', { name: 'Step', exact: true }).click();
    assert.match(await said(widget), /^Window at row 2, column 1: /, 'a 5×5 input and a 3×3 kernel give 3 windows a row');
    await widget.getByRole('button', { name: 'Step back' }).click();
    assert.match(await said(widget), /^Window at row 1, column 3: /);
    await finish(page, 'stepper-grid-1280');
  });

  it('shows the numbers PyTorch computes (golden conv2d_basic), set through a link', async () => {
    const { x, w, b } = golden.inputs;
    const state = {
      input: 'custom',
      customInputSize: 5,
      customInput: x.data.map(String),
      kernel: 'custom',
      customSize: 3,
      custom: w.data.map(String),
      bias: [b.data[0]],
      stride: 1,
      padding: 0,
      dilation: 1,
    };
    const page = await site.page();
    await page.goto(`${lesson()}?w.convolution-grid=${encodeURIComponent(JSON.stringify(state))}`);
    const widget = await stepper(page, 'convolution-grid');
    await widget.getByRole('group', { name: /Convolution figure/ }).focus();
    await page.keyboard.press('End');
    await widget.locator('[aria-live="polite"]').filter({ hasText: 'row 3, column 3' }).waitFor();
    const shown = await widget.locator('[data-part="output"] [data-value]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    const want = golden.outputs.y.data;
    assert.equal(shown.length, want.length);
    const { abs, rel } = golden.tolerance;
    shown.forEach((v, i) => assert.ok(Math.abs(v - want[i]) <= abs + rel * Math.abs(want[i]), `output ${i}: ${v} vs PyTorch ${want[i]}`));
    assert.match(await said(widget), new RegExp(`= ${want[8].toFixed(2).replace('-', '[-−]')}$`), 'the announced value is the last output');
    await snap(page, 'stepper-golden-1280');
  });

  it('moves the window with the keyboard alone', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await stepper(page, 'convolution-edge');
    const figure = widget.getByRole('group', { name: /Convolution figure/ });
    await figure.focus();
    await page.keyboard.press('ArrowRight');
    assert.match(await said(widget), /^Window at row 1, column 2: /);
    await page.keyboard.press('ArrowDown');
    assert.match(await said(widget), /^Window at row 2, column 2: /);
    await page.keyboard.press('End');
    const last = await said(widget);
    const [, rows, cols] = last.match(/^Window at row (\d+), column (\d+)/);
    assert.equal(rows, cols, 'the edge input is square, padded so the output keeps its size');
    await page.keyboard.press('Home');
    assert.match(await said(widget), /^Window at row 1, column 1: /);
    // Tab reaches the Step button too, and Enter presses it.
    await widget.getByRole('button', { name: 'Step', exact: true }).focus();
    await page.keyboard.press('Enter');
    assert.match(await said(widget), /^Window at row 1, column 2: /);
  });

  it('convolves the photograph and plays to the last window', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const widget = await stepper(page, 'convolution-photo');
    await widget.getByLabel('Speed').selectOption({ index: (await widget.getByLabel('Speed').locator('option').count()) - 1 });
    await widget.getByRole('group', { name: /Convolution figure/ }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await widget.getByRole('button', { name: 'Play' }).click();
    await widget.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30000 }); // back to Play at the end
    assert.match(await said(widget), /^Window at row 46, column 70: /, 'the 46×70 photo with padding 1 gives a 46×70 map');
    await finish(page, 'stepper-photo-1920');
  });

  it('hands its settings over in a link', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await stepper(page, 'convolution-edge');
    await widget.getByRole('group', { name: 'Stride' }).getByRole('radio', { name: '2' }).check();
    await widget.getByRole('button', { name: 'Step', exact: true }).click();
    await widget.getByRole('button', { name: 'Copy link' }).click();
    await widget.getByText(/Link copied|address bar/).waitFor();
    const link = page.url();
    assert.match(link, /w\.convolution-edge=/);

    const student = await site.page();
    await student.goto(link);
    const same = await stepper(student, 'convolution-edge');
    assert.equal(await same.getByRole('group', { name: 'Stride' }).getByRole('radio', { name: '2' }).isChecked(), true);
    assert.match(await said(same), /^Window at row 1, column 2: /);
    // Other widgets on the page keep their own defaults.
    const other = await stepper(student, 'convolution-grid');
    assert.equal(await other.getByRole('group', { name: 'Stride' }).getByRole('radio', { name: '1' }).isChecked(), true);
  });

  it('explains an impossible link in place and keeps the lesson readable', async () => {
    const page = await site.page();
    await page.goto(`${lesson()}?w.convolution-grid=${encodeURIComponent(JSON.stringify({ stride: 0 }))}`);
    const widget = page.locator('#convolution-grid');
    await widget.getByRole('alert').filter({ hasText: /stride/i }).waitFor();
    assert.match(await said(await stepper(page, 'convolution-grid')), /^Window at row 1, column 1/, 'the widget still works with its defaults');
    assert.equal(await page.locator('h1').textContent(), 'Convolution');
    assert.ok((await page.locator('.prose p').count()) > 10);
  });

  it('explains a kernel larger than the padded input', async () => {
    const page = await site.page();
    const state = { input: 'grid', kernel: 'custom', customSize: 5, custom: Array(25).fill('1'), padding: 0, dilation: 2 };
    await page.goto(`${lesson()}?w.convolution-grid=${encodeURIComponent(JSON.stringify(state))}`);
    const widget = page.locator('#convolution-grid');
    await widget.getByRole('alert').filter({ hasText: /larger than the padded input/ }).waitFor();
    await widget.getByRole('group', { name: 'Dilation' }).getByRole('radio', { name: '1' }).check();
    await stepper(page, 'convolution-grid');
  });
});

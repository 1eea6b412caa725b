// The activations lesson as a reader drives it: the explorer's point by keyboard and mouse, the
// chain of slopes, the dying-ReLU layer; links, a phone, dark theme and accessibility.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { finish, openSite, openWidget, snap, sweep, widgetSaying } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/activations/`;
const sigma = (x) => 1 / (1 + Math.exp(-x));
const minus = (s) => s.replace('\u2212', '-');

const explorer = (page) => widgetSaying(page, '[data-widget="ActivationExplorer"]#activations-explorer', 'At x =');

/** x, f(x) and f′(x) as the readout states them. */
async function readout(widget) {
  const text = await widget.locator('[aria-live="polite"]').textContent();
  const m = text.match(/At x = (\S+): f\(x\) = (\S+), slope f′\(x\) = ([^,]+),/);
  assert.ok(m, text);
  return { text, x: Number(minus(m[1])), y: Number(minus(m[2])), d: Number(minus(m[3])) };
}

describe('ActivationExplorer', () => {
  it('moves the point with the keyboard and states value and slope, as the closed form gives them', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page);
    let r = await readout(widget);
    assert.equal(r.x, 1.5);
    assert.ok(Math.abs(r.y - sigma(1.5)) < 6e-4 && Math.abs(r.d - sigma(1.5) * (1 - sigma(1.5))) < 6e-4, r.text);
    const slider = widget.getByRole('slider', { name: /Point on the curve/ });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    r = await readout(widget);
    assert.equal(r.x, 2);
    assert.ok(Math.abs(r.d - sigma(2) * (1 - sigma(2))) < 6e-4, r.text);
    assert.match(await slider.getAttribute('aria-valuetext'), /^x = 2\.00, f\(x\) = 0\.881, slope f′\(x\) = 0\.105$/);
    await page.keyboard.press('End');
    r = await readout(widget);
    assert.equal(r.x, 6);
    assert.match(r.text, /inside a saturating region/, 'sigmoid saturates beyond 4.36');
    await page.keyboard.press('Shift+ArrowLeft');
    assert.equal((await readout(widget)).x, 5);
    await finish(page);
  });

  it('follows a mouse drag across the plot', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const widget = await explorer(page);
    const plot = widget.getByRole('slider', { name: /Point on the curve/ });
    const box = await plot.boundingBox();
    await page.mouse.move(box.x + box.width * 0.2, box.y + 60);
    await page.mouse.down();
    const left = (await readout(widget)).x;
    await page.mouse.move(box.x + box.width * 0.9, box.y + 60, { steps: 5 });
    await page.mouse.up();
    const right = (await readout(widget)).x;
    assert.ok(left < -2 && right > 4, `dragged from ${left} to ${right}`);
  });

  it('shades and names each function’s saturating region', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page);
    const saturation = widget.locator('[data-part="saturation"]');
    assert.match(await saturation.textContent(), /x < −4\.36 and x > 4\.36/);
    assert.equal(await widget.locator('[data-part="function"] [data-saturated]').count(), 2);
    await widget.getByRole('radio', { name: 'tanh' }).check();
    await saturation.filter({ hasText: '2.18' }).waitFor();
    await widget.getByRole('radio', { name: 'ReLU', exact: true }).check();
    await saturation.filter({ hasText: 'x < 0.00 (f′ = 0 exactly' }).waitFor();
    await widget.getByRole('radio', { name: 'Maxout' }).check();
    await saturation.filter({ hasText: /^nowhere/ }).waitFor();
    assert.equal(await widget.locator('[data-part="function"] [data-saturated]').count(), 0);
    assert.match(await widget.locator('dd').filter({ hasText: /^(yes|no)$/ }).first().textContent(), /^no$/, '|x| is not monotonic');
    await widget.getByRole('radio', { name: 'Leaky ReLU (k = 2)' }).check();
    await snap(page, 'activations-maxout-1280');
  });

  it('opens from a link as it was shared, and explains a bad link', async () => {
    const page = await site.page();
    const state = { fn: 'elu', x: -4, alpha: 1 };
    await page.goto(`${lesson()}?w.activations-explorer=${encodeURIComponent(JSON.stringify(state))}`);
    const widget = await explorer(page);
    await widget.locator('[aria-live="polite"]').filter({ hasText: 'At x = −4.00' }).waitFor();
    const r = await readout(widget);
    assert.ok(Math.abs(r.y - (Math.exp(-4) - 1)) < 6e-4, r.text);
    assert.match(r.text, /inside a saturating region/);
    const bad = await site.page();
    await bad.goto(`${lesson()}?w.activations-explorer=${encodeURIComponent(JSON.stringify({ fn: 'gelu' }))}`);
    await bad.getByText(/Activation must be one of sigmoid, tanh, relu, leaky_relu, elu, softplus, softsign, maxout \(got "gelu"\)/).waitFor();
  });
});

describe('GradientChain', () => {
  it('states the 0.25^N bound and shows sigmoid under it, ReLU at 1', async () => {
    const { page, widget } = await openWidget(site, lesson(), '[data-widget="GradientChain"]');
    const bound = widget.locator('[data-part="bound"]');
    await bound.waitFor();
    assert.match(await bound.textContent(), /0\.25¹⁰ = 9\.5 × 10⁻⁷, i\.e\. shrink it at least 1,048,576 times/);
    const depth = widget.getByLabel('Layers N');
    await depth.focus();
    await page.keyboard.press('End');
    await bound.filter({ hasText: 'N = 30' }).waitFor();
    assert.match(await bound.textContent(), /8\.7 × 10⁻¹⁹/);
    const product = async (fn) => widget.locator(`tr[data-fn="${fn}"] [data-part="product"]`).textContent();
    const [m, e] = (await product('sigmoid')).split(' × 10');
    const exponent = Number([...e].map((c) => ({ '⁻': '-' })[c] ?? '⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)).join(''));
    assert.ok(Number(m) * 10 ** exponent <= 0.25 ** 30, `sigmoid product ${m} × 10^${exponent}`);
    assert.equal(await product('relu'), '1');
    await widget.getByLabel('Input x').focus();
    await page.keyboard.press('Home');
    await widget.getByText(/ReLU’s first input is negative/).waitFor();
    assert.equal(await product('relu'), '0');
    await finish(page, 'activations-chain-1280');
  });
});

describe('DyingRelu', () => {
  it('kills ReLU units for good; leaky units come back', async () => {
    const { page, widget } = await openWidget(site, lesson(), '[data-widget="DyingRelu"]');
    const count = async (which, part) => Number((await widget.locator(`[data-part="${which}"] [data-part="${part}"]`).textContent()).match(/^(\d+) of 16/)[1]);
    const reluAfter = await count('relu', 'off-after-kick');
    assert.ok(reluAfter > 8, `${reluAfter} dead after a step at learning rate 3`);
    assert.equal(await count('relu', 'off-after-training'), reluAfter, 'dead ReLU units never come back');
    assert.ok((await count('leaky', 'off-after-training')) < (await count('leaky', 'off-after-kick')));
    assert.equal(await widget.locator('[data-state="dead"]').count(), reluAfter, 'the grid marks every dead unit');

    const grid = widget.getByRole('group', { name: /Units of the layer/ });
    await grid.focus();
    const unitText = widget.locator('[data-part="unit"]');
    await page.keyboard.press('ArrowRight');
    assert.match(await unitText.textContent(), /^Unit 2 /);
    const deadIndex = Number(await widget.locator('[data-state="dead"]').first().getAttribute('data-unit'));
    await widget.locator(`[data-unit="${deadIndex}"]`).click();
    assert.match(await unitText.textContent(), /gradient size 0 exactly\. Dead/);

    await widget.getByLabel('Learning rate of that step').focus();
    await page.keyboard.press('Home');
    await widget.locator('[data-part="relu"] [data-part="off-after-kick"]').filter({ hasText: /^0 of 16/ }).waitFor();
    assert.equal(await widget.locator('[data-state="dead"]').count(), 0, 'a small step kills nothing');
    await finish(page, 'activations-dying-1280');
  });

  it('says in place what is wrong with a seed it cannot use', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = page.locator('[data-widget="DyingRelu"]');
    await widget.getByLabel('Random seed (data and weights)').fill('2.5');
    await widget.getByRole('alert').filter({ hasText: 'must be a whole number' }).waitFor();
    await widget.getByLabel('Random seed (data and weights)').fill('7');
    await widget.locator('[data-part="relu"]').waitFor();
  });
});

describe('the activations lesson page', () => {
  // A phone and a projector, both themes: every widget drawn, nothing sideways, axe, no errors.
  sweep(() => site, 'activations', {
    reducedMotion: 'reduce',
    ready: async (page) => {
      for (const w of await page.locator('[data-widget="ActivationExplorer"], [data-widget="GradientChain"], [data-widget="DyingRelu"]').all()) await w.locator('svg').first().waitFor();
    },
  });
});

describe('The negative-slope challenge', () => {
  it('refuses leaky ReLU’s default slope at x = −3, then reaches the goal with a = 0.1', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const challenge = page.locator('[data-challenge="activations-negative-slope-challenge"]');
    const widget = await widgetSaying(page, challenge.locator('[data-widget="ActivationExplorer"]#activations-fix-challenge'), 'At x =');
    await widget.getByRole('radio', { name: 'Leaky ReLU', exact: true }).check();
    // The point by keyboard: Home is −6, Shift with an arrow moves by 1.
    await widget.getByRole('slider', { name: /Point on the curve/ }).focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await widget.locator('[aria-live="polite"]').filter({ hasText: 'At x = −3.00' }).waitFor();

    const check = challenge.getByRole('button', { name: 'Check the widget' });
    const verdict = challenge.locator('[data-feedback]');
    await check.click();
    await verdict.filter({ hasText: 'Not yet.' }).waitFor();
    assert.match(await verdict.textContent(), /Leaky ReLU at x = −3\.000 has slope 0\.010: only 0\.010 of the gradient passes/);

    // The slope a from 0.01 to 0.10, nine steps of 0.01, with the mouse on the slider's track then the keyboard.
    const slope = widget.getByRole('slider', { name: 'Slope a below 0' });
    await slope.click({ position: { x: 1, y: 5 } });
    await slope.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await slope.inputValue(), '0.1');
    await check.click();
    await verdict.filter({ hasText: 'Goal reached.' }).waitFor();
    assert.match(await verdict.textContent(), /has slope 0\.100/);
    await challenge.screenshot({ path: new URL('../../screenshots/activations-challenge.png', import.meta.url).pathname });
    await finish(page);
  });
});

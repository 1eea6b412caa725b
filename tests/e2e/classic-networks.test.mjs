// The classic-networks lesson and its ArchitectureExplorer as a reader drives them: picking networks
// with the mouse and the keyboard, opening blocks, the numbers against the published counts, links,
// accessibility and a phone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { challenge, finish, openSite, snap, sweep } from './harness.mjs';

const reference = JSON.parse(fs.readFileSync(new URL('../reference/architectures.json', import.meta.url), 'utf8'));
const published = (id) => reference.models.find((m) => m.id === id);
const fmt = (n) => n.toLocaleString('en-US');

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const lesson = () => `${site.base}/lessons/classic-networks/`;

async function explorer(page, id) {
  const widget = page.locator(`[data-widget="ArchitectureExplorer"]#${id}`);
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('[data-part="summary"]').waitFor();
  return widget;
}
const total = (widget, what) => widget.locator(`[data-part="summary"] [data-total="${what}"]`).textContent();
const detail = (widget) => widget.locator('[data-part="detail"]').textContent();

describe('ArchitectureExplorer', () => {
  it("shows VGG-16's totals as the published counts, in the summary and the table", async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(lesson());
    const widget = await explorer(page, 'classic-networks-vgg16');
    assert.equal(await total(widget, 'params'), fmt(published('vgg16').params));
    assert.equal(await total(widget, 'macs'), fmt(published('vgg16').macs));
    assert.equal(await widget.locator('tfoot [data-total="params"]').textContent(), fmt(published('vgg16').params));
    // The memory column adds up, row by row, to the total it prints.
    const stored = await widget.locator('tbody tr[data-row]').evaluateAll((rows) =>
      rows.filter((r) => !r.querySelector('[aria-expanded]')).map((r) => Number(r.children[4].textContent.replace(/,/g, ''))),
    );
    const sum = stored.reduce((a, b) => a + b, 0);
    assert.equal(fmt(sum), await widget.locator('tfoot [data-total="memory"]').textContent());
    assert.equal(fmt(sum), await total(widget, 'activations'));
    await finish(page, 'classic-networks-vgg16-1920');
  });

  it('picks networks with the mouse and with the keyboard', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page, 'classic-networks-explorer');
    const select = widget.getByRole('combobox', { name: 'Network' });
    await select.selectOption('resnet50');
    assert.equal(await total(widget, 'params'), fmt(published('resnet50').params));
    assert.equal(await total(widget, 'macs'), fmt(published('resnet50').macs));
    // Keyboard: the list, then the chart (End is the network with the most MACs, Enter shows it).
    await select.focus();
    await page.keyboard.press('ArrowUp');
    assert.match(await widget.locator('[data-part="summary"] strong').textContent(), /^ResNet-34$/);
    const chart = widget.locator('[data-part="chart"]');
    await chart.focus();
    await page.keyboard.press('Home');
    await widget.getByText(/^LeNet-5: /).waitFor({ state: 'attached' });
    await page.keyboard.press('Enter');
    assert.equal(await total(widget, 'params'), fmt(published('lenet5').params));
    assert.equal(await select.inputValue(), 'lenet5');
    // Mouse on the chart's table.
    await widget.getByText('The same as a table').click();
    await widget.getByRole('button', { name: 'Show GoogLeNet (Inception v1)' }).click();
    assert.equal(await total(widget, 'params'), fmt(published('googlenet').params));
    assert.equal(await total(widget, 'macs'), fmt(published('googlenet').macs));
    await finish(page);
  });

  it('opens an Inception module and a bottleneck, by mouse and by keyboard', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const widget = await explorer(page, 'classic-networks-explorer');
    await widget.getByRole('combobox', { name: 'Network' }).selectOption('googlenet');
    await widget.getByRole('checkbox', { name: 'Exact counts' }).check();
    const button = widget.getByRole('button', { name: 'inception3a', exact: true });
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await widget.locator('tr', { hasText: /^path \d of 4/ }).count(), 4, 'four paths');
    await snap(page, 'classic-networks-inception-open');

    // Keyboard: ResNet-50, the diagram, to layer1, Enter opens it, into its first bottleneck.
    await widget.getByRole('combobox', { name: 'Network' }).selectOption('resnet50');
    const figure = widget.getByRole('group', { name: /Layer diagram of ResNet-50/ });
    await figure.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.match(await detail(widget), /^layer1, stage of \d+ layers \(closed\)/);
    await page.keyboard.press('Enter');
    assert.match(await detail(widget), /^Opened layer1\. layer1\.0, bottleneck of \d+ layers \(closed\)/);
    assert.equal(await widget.getByRole('button', { name: 'layer1', exact: true }).getAttribute('aria-expanded'), 'true');
    await page.keyboard.press(' ');
    assert.equal(await widget.getByRole('button', { name: '0', exact: true }).first().getAttribute('aria-expanded'), 'true');
    // A 1×1 convolution from 64 to 64 channels without bias: 64 · 64 weights.
    assert.ok((await detail(widget)).startsWith(`Opened layer1.0. layer1.0.conv1, conv 1×1, 64: 56×56×64 → 56×56×64; ${fmt(64 * 64)} parameters`));
    await page.keyboard.press('ArrowRight');
    assert.match(await detail(widget), /^layer1\.0\.bn1, batch norm/);
    await snap(page, 'classic-networks-bottleneck-open');
    await page.keyboard.press('Escape');
    assert.match(await detail(widget), /^Closed layer1\.0\. layer1\.0, bottleneck .*\(closed\)/);
    await finish(page);
  });

  it('hands its network and open blocks over in a link, and explains a bad one in place', async () => {
    const page = await site.page();
    await page.goto(lesson());
    const widget = await explorer(page, 'classic-networks-explorer');
    await widget.getByRole('combobox', { name: 'Network' }).selectOption('mobilenet_v2');
    await widget.getByRole('button', { name: 'features', exact: true }).click();
    await widget.getByRole('button', { name: 'Copy link' }).click();
    await widget.getByText(/Link copied|address bar/).waitFor();
    const student = await site.page();
    await student.goto(page.url());
    const same = await explorer(student, 'classic-networks-explorer');
    assert.equal(await same.getByRole('combobox', { name: 'Network' }).inputValue(), 'mobilenet_v2');
    assert.equal(await same.getByRole('button', { name: 'features', exact: true }).getAttribute('aria-expanded'), 'true');

    const bad = await site.page();
    await bad.goto(`${lesson()}?w.classic-networks-explorer=${encodeURIComponent(JSON.stringify({ network: 'vgg17' }))}`);
    const broken = await explorer(bad, 'classic-networks-explorer');
    await broken.getByRole('alert').filter({ hasText: 'The catalogue has no network "vgg17"' }).waitFor();
    assert.equal(await total(broken, 'params'), fmt(published('vgg16').params), 'the widget keeps working with its defaults');
  });

  it('never loads TensorFlow.js', async () => {
    const page = await site.page();
    const tfjs = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('.js') && (await r.text()).includes('tfjsflags')) tfjs.push(r.url());
    });
    await page.goto(lesson());
    for (const w of await page.locator('[data-widget]').all()) await w.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(tfjs, []);
  });
});

describe('the classic-networks lesson', () => {
  sweep(() => site, 'classic-networks', {
    async ready(page, { theme, width }) {
      const widget = await explorer(page, 'classic-networks-explorer');
      await widget.getByRole('button', { name: 'Expand all blocks' }).click();
      await widget.getByText('The same as a table').click();
      await widget.locator('[data-part="diagram"]').scrollIntoViewIfNeeded();
      await snap(page, `classic-networks-explorer-${width}-${theme}`);
    },
  });
});

describe('the ZFNet challenge', () => {
  it("turns AlexNet's first layer into ZFNet's with the keyboard: padding 0 gives 109, padding 1 gives 110", async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(lesson());
    const c = challenge(page, 'classic-networks-zfnet-challenge');
    await c.section.scrollIntoViewIfNeeded();
    const widget = c.section.locator('[data-widget="ConvCostCounter"]');
    const typeInto = async (label, value) => {
      await widget.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(String(value));
    };
    assert.match(await c.check('wrong'), /only the padding is yours to choose/);
    await typeInto('Input height H', 224);
    await typeInto('Input width W', 224);
    await typeInto('Kernel k (k×k)', 7);
    await typeInto('Stride s', 2);
    assert.match(await c.check('wrong'), /Not yet\..*109 × 109 × 96, not 110 × 110 × 96/);
    const padding = widget.getByLabel('Padding p', { exact: true });
    await padding.focus();
    await page.keyboard.press('ArrowUp');
    assert.equal(await padding.inputValue(), '1');
    assert.match(await c.check('right'), /Goal reached\..*110 × 110 × 96, as asked/);
    await c.section.locator('[data-feedback]').scrollIntoViewIfNeeded();
    await finish(page, 'classic-networks-challenge-1280');
  });
});

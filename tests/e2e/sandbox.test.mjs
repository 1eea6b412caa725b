// The sandbox in a browser: presets and the live table, editing by keyboard, absurd settings
// refused in place, training on WASM with pause and resume, the views inside the trained
// network, and the network carried by a link and by a JSON file (a corrupt one refused).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { axeViolations, openSite, snap } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const url = () => `${site.base}/sandbox/`;
const pct = (s) => Number(/([\d.]+) %/.exec(s)?.[1] ?? NaN) / 100;
const num = (s) => Number(s.replace(/,/g, ''));

async function open(options = {}, href = url()) {
  const page = await site.page(options);
  await page.goto(href);
  await page.waitForSelector('[data-sandbox][data-ready]');
  return page;
}
const blocks = (page) => page.locator('ol[aria-label="Blocks"] > li');
const blockTypes = (page) => blocks(page).evaluateAll((els) => els.map((e) => e.dataset.block));
const totalParams = async (page) => num(await page.getByTestId('total-params').innerText());
const preset = (page, name) => page.getByRole('group', { name: 'Start from a preset' }).getByRole('button', { name, exact: true }).click();
const trainButton = (page) => page.getByRole('button', { name: /^(Train|Load images and train|Train again)$/ });
const noSideScroll = async (page) => assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= (await page.evaluate(() => window.innerWidth)), 'no horizontal scroll');

describe('sandbox', () => {
  it('reads and shows the LeNet-like table before any script runs', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(url());
    assert.match(await page.locator('main').innerText(), /Stack blocks into a small convolutional network/);
    // LeNet-5's classic count: 156 + 2,416 + 48,120 + 10,164 + 850
    assert.equal(await totalParams(page), 61_706);
    await page.context().close();
  });

  it('each preset fills the table with its shapes, parameters and MACs (hand-counted)', async () => {
    const page = await open();
    const expected = {
      'LeNet-like': { params: 61_706, macs: 416_520, last: '5×5×16' },
      'VGG-like stack': { params: 55_042, last: '7×7×16' },
      'Tiny ResNet': { params: 19_658, last: '7×7×32' },
      'MobileNet-like': { params: 8_986, last: '7×7×64' },
    };
    for (const [name, e] of Object.entries(expected)) {
      await preset(page, name);
      await page.getByText(`Loaded the ${name} starter.`).waitFor();
      assert.equal(await totalParams(page), e.params, name);
      if (e.macs) assert.equal(num(await page.getByTestId('total-macs').innerText()), e.macs);
      const outputs = await page.locator('[data-testid="layer-table"] tbody tr[data-row] td:nth-of-type(2)').allInnerTexts();
      assert.ok(outputs.includes(e.last), `${name}: ${outputs}`);
      assert.match(await page.locator('[data-testid="layer-table"] tbody tr').last().innerText(), /Output \(10 classes\)\s+10/);
    }
    // LeNet's receptive field row by row: 5, 5, 6, 14 pixels
    await preset(page, 'LeNet-like');
    const rf = await page.locator('[data-testid="layer-table"] tbody tr[data-row] td:nth-of-type(5)').allInnerTexts();
    assert.deepEqual(rf.slice(0, 6), ['5×5, jump 1', '5×5, jump 1', '6×6, jump 2', '14×14, jump 2', '14×14, jump 2', '16×16, jump 4']);
    assert.deepEqual(page.errors, []);
  });

  it('adds, reorders and removes a block with the keyboard alone', async () => {
    const page = await open();
    const before = await blockTypes(page);
    await page.getByRole('button', { name: /\+ Dropout/ }).focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await blockTypes(page), [...before, 'dropout']);
    const last = blocks(page).last();
    await last.getByRole('button', { name: 'Move up' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // the focus moved with the block
    const types = await blockTypes(page);
    assert.equal(types.at(-3), 'dropout');
    assert.equal(types.length, before.length + 1);
    assert.equal(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.block), 'dropout');
    assert.match(await page.locator('[data-testid="layer-table"] tbody').innerText(), /10\s+Dropout 0.25\s+120/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // Move down, then Remove
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Remove');
    await page.keyboard.press('Enter');
    assert.deepEqual(await blockTypes(page), before);
    assert.equal(await totalParams(page), 61_706);
    assert.deepEqual(page.errors, []);
  });

  it('an absurd or impossible setting gets a message where it is, turns training off, and loses nothing else', async () => {
    const page = await open();
    const first = blocks(page).first();
    const filters = first.getByLabel('Filters');
    const cases = [
      ['10000', /Filters: The number of filters can be at most 256/],
      ['0', /Filters: The number of filters must be at least 1 \(got 0\)/],
      ['', /Filters: The number of filters must be a number; this is empty or not a number/],
      ['2.5', /must be a whole number \(got 2.5\)/],
    ];
    for (const [value, message] of cases) {
      await filters.fill(value);
      await first.getByText(message).waitFor();
      assert.equal(await filters.getAttribute('aria-invalid'), 'true');
      assert.ok(await trainButton(page).isDisabled(), `training off for ${JSON.stringify(value)}`);
      assert.match(await page.getByTestId('training-off').innerText(), /Training is off: Layer 1/);
    }
    await first.getByLabel('Stride').fill('-2');
    await first.getByText(/The stride must be at least 1 \(got -2\)/).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText(/Fix this first, then share: Layer 1/).waitFor();
    // back to sensible values: the rest of the network was never touched
    await filters.fill('6');
    await first.getByLabel('Stride').fill('1');
    assert.equal(await totalParams(page), 61_706);
    assert.equal(await blocks(page).count(), 11);
    assert.ok(!(await trainButton(page).isDisabled()));
    // a dropout rate of 1.5
    await page.getByRole('button', { name: /\+ Dropout/ }).click();
    await blocks(page).last().getByLabel('Drop rate').fill('1.5');
    await blocks(page).last().getByText(/drop rate can be at most 0.9/).waitFor();
    await blocks(page).last().getByRole('button', { name: 'Remove' }).click();
    // a kernel larger than the map it receives: stride 4 leaves 7×7, pooling 3×3, then a 5×5 valid conv
    await first.getByLabel('Stride').fill('4');
    const problem = page.getByTestId('table-problem');
    await problem.waitFor();
    assert.match(await problem.innerText(), /Layer 4: a 5×5 kernel does not fit in the 3×3 map it receives without padding/);
    assert.match(await page.locator('[data-testid="layer-table"] tr[aria-invalid="true"]').innerText(), /^4\s+Conv 5×5/);
    assert.match(await blocks(page).nth(3).innerText(), /does not fit/);
    assert.ok(await trainButton(page).isDisabled());
    // too many parameters for a browser
    await first.getByLabel('Stride').fill('1');
    await blocks(page).nth(7).getByLabel('Units').fill('1000');
    await blocks(page).nth(3).getByLabel('Filters').fill('256');
    assert.match(await problem.innerText(), /the sandbox allows at most 1,000,000/);
    await snap(page, 'sandbox-problem-1280');
    assert.deepEqual(page.errors, []);
  });

  it('trains on WASM with pause and resume, then shows filters, feature maps, confusion matrix and mistakes', async () => {
    const page = await open({ width: 1920, height: 1080 });
    // Before a run each chart prompts for one instead of drawing empty axes.
    assert.equal(await page.getByText('No run yet: press Train to draw the curves.').count(), 2);
    assert.equal(await page.locator('svg[data-chart]').count(), 0);
    await page.getByLabel('Training images').selectOption('3000');
    await page.getByLabel('Epochs').selectOption('2');
    await trainButton(page).click();
    const progress = page.getByRole('progressbar', { name: 'Training progress' });
    await page.waitForFunction(() => Number(document.querySelector('progress[aria-label="Training progress"]')?.value) >= 5, null, { timeout: 120_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText('Paused.').waitFor();
    const paused = Number(await progress.getAttribute('value'));
    await page.waitForTimeout(600);
    assert.equal(Number(await progress.getAttribute('value')), paused, 'nothing trains while paused');
    await page.getByTestId('test-accuracy').waitFor(); // the paused network is evaluated
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText('Finished.').waitFor({ timeout: 180_000 });
    assert.equal(Number(await progress.getAttribute('value')), 2 * Math.ceil(3000 / 32));
    assert.match(await page.getByText(/Training on the WASM backend/).innerText(), /WASM/);
    const accuracy = pct(await page.getByTestId('test-accuracy').innerText());
    assert.ok(accuracy > 0.6, `test accuracy ${accuracy} (chance is 10 %)`);
    // The chart's drawing is hidden from screen readers; its text alternative says the latest loss.
    const loss = page.locator('figure').filter({ has: page.locator('svg[data-chart="Loss while training"]') });
    assert.ok((await loss.locator('svg[data-chart] path').getAttribute('d')).split('L').length > 50, 'a loss curve is drawn');
    assert.match(await loss.locator('p.visually-hidden').textContent(), /^Loss while training: line chart\. training loss \(mean of the last 10 batches\): 0\.\d+/);

    // the first convolution's six 5×5 filters
    assert.equal(await page.getByTestId('filters').locator('canvas').count(), 6);
    assert.match(await page.getByTestId('filters').locator('canvas').first().getAttribute('aria-label'), /Filter 1, 5×5, weights from -?\d/);
    // the confusion matrix: 10×10 counts summing to the 1,000 test images, its diagonal the accuracy
    const cells = await page.getByTestId('confusion').locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent))));
    assert.equal(cells.length, 10);
    assert.ok(cells.every((r) => r.length === 10));
    assert.equal(cells.flat().reduce((a, b) => a + b, 0), 1000);
    const diagonal = cells.reduce((s, r, i) => s + r[i], 0);
    assert.equal(diagonal / 1000, accuracy);
    // the mistakes: as many as the matrix has off the diagonal, labelled with both classes
    assert.match(await page.getByTestId('mistakes').locator('..').innerText(), new RegExp(`24 of the ${1000 - diagonal} test images the network got wrong`));
    assert.match(await page.getByTestId('mistakes').locator('canvas').first().getAttribute('aria-label'), /true: .+, predicted: .+/);
    // feature maps of a picked image, at a chosen layer
    const strip = page.getByRole('group', { name: 'Pick a test image' });
    await strip.getByRole('button', { name: /Test image 2: Trouser/ }).click();
    assert.equal(await strip.getByRole('button', { name: /Test image 2: Trouser/ }).getAttribute('aria-pressed'), 'true');
    const maps = page.getByTestId('feature-maps').locator('canvas');
    assert.equal(await maps.count(), 6);
    const first = await maps.first().evaluate((c) => c.toDataURL());
    await page.getByLabel('Layer', { exact: true }).selectOption({ label: '4. Conv (10×10×16)' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="feature-maps"] canvas').length === 16);
    assert.equal(await maps.first().getAttribute('width'), String(10 * 4));
    await strip.getByRole('button', { name: /Test image 1: / }).click();
    await page.getByLabel('Layer', { exact: true }).selectOption({ index: 0 });
    assert.notEqual(await maps.first().evaluate((c) => c.toDataURL()), first, 'another image, other maps');
    assert.match(await page.getByTestId('prediction').innerText(), /The network says: .+ \(\d+\.\d %\)/);
    await page.evaluate(() => document.getElementById('sandbox-inside').scrollIntoView({ block: 'start' }));
    await snap(page, 'sandbox-inside-1920');
    // editing afterwards says the views show the network as it was trained
    await blocks(page).first().getByLabel('Filters').fill('8');
    await page.getByText(/You changed the network after this run/).waitFor();
    assert.equal(await page.getByTestId('filters').locator('canvas').count(), 6);
    // Reset clears the run
    await page.getByRole('button', { name: 'Reset' }).click();
    assert.equal(await page.getByTestId('confusion').count(), 0);
    assert.deepEqual(page.errors, []);
  });

  it('every preset trains to well above chance in a short run', async () => {
    const page = await open();
    await page.getByLabel('Training images').selectOption('1000');
    for (const name of ['VGG-like stack', 'Tiny ResNet', 'MobileNet-like']) {
      await preset(page, name);
      await trainButton(page).click();
      await page.getByText('Finished.').waitFor({ timeout: 180_000 });
      const accuracy = pct(await page.getByTestId('test-accuracy').innerText());
      assert.ok(accuracy > 0.3, `${name}: test accuracy ${accuracy} after one epoch on 1,000 images (chance 10 %)`);
      assert.ok((await page.getByTestId('filters').locator('canvas').count()) >= 1, `${name}: filters shown`);
    }
    assert.deepEqual(page.errors, []);
  });

  it('Copy link carries the network to a new page; a damaged link is explained and the starter shown', async () => {
    const page = await open();
    await preset(page, 'Tiny ResNet');
    await blocks(page).nth(5).getByLabel('Filters').fill('24');
    await page.getByLabel('Seed').fill('77');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText(/opening it restores this network|The address bar now holds a link/).waitFor();
    const link = page.url();
    assert.match(link, /\?net=[A-Za-z0-9_-]+$/);
    const params = await totalParams(page);
    const other = await open({}, link);
    assert.equal(await totalParams(other), params);
    assert.deepEqual(await blockTypes(other), await blockTypes(page));
    assert.equal(await blocks(other).nth(5).getByLabel('Filters').inputValue(), '24');
    assert.equal(await other.getByLabel('Seed').inputValue(), '77');
    const broken = await open({}, `${url()}?net=${link.split('net=')[1].slice(0, 30)}`);
    assert.match(await broken.getByTestId('link-error').innerText(), /link.*(damaged|not loaded).*LeNet-like starter/);
    assert.equal(await totalParams(broken), 61_706);
    assert.deepEqual([...page.errors, ...other.errors, ...broken.errors], []);
  });

  it('exports a JSON file and imports it back; a corrupt or foreign file is refused and changes nothing', async () => {
    const page = await open();
    await preset(page, 'MobileNet-like');
    await blocks(page).nth(3).getByLabel('Kernel size').fill('5');
    const saved = await totalParams(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    assert.equal(download.suggestedFilename(), 'sandbox-network.json');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-'));
    const file = path.join(dir, 'net.json');
    await download.saveAs(file);
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(JSON.parse(text).format, 'cnn-course-sandbox');

    await preset(page, 'VGG-like stack');
    const input = page.getByLabel('Import a sandbox JSON file');
    await input.setInputFiles(file);
    await page.getByText('Loaded the network from net.json.').waitFor();
    assert.equal(await totalParams(page), saved);
    assert.equal(await blocks(page).nth(3).getByLabel('Kernel size').inputValue(), '5');

    const refused = async (name, content, why) => {
      const types = await blockTypes(page);
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      const alert = page.getByTestId('share-message');
      await alert.filter({ hasText: why }).waitFor();
      assert.match(await alert.innerText(), why);
      assert.equal(await alert.getAttribute('role'), 'alert');
      assert.deepEqual(await blockTypes(page), types);
      assert.equal(await totalParams(page), saved);
    };
    await refused('broken.json', text.slice(0, text.length / 2), /not valid JSON/);
    await refused('progress.json', JSON.stringify({ version: 1, answers: {} }), /not a sandbox network file/);
    await refused('absurd.json', text.replace('"filters": 32', '"filters": 10000'), /can be at most 256/);
    assert.deepEqual(page.errors, []);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no serious accessibility problem in the ${theme} theme, and looks right at 1920, 1280 and 360 px`, async () => {
      const page = await open({ width: 1920, height: 1080 });
      if (theme === 'dark') {
        await page.getByRole('button', { name: /dark theme/i }).click();
        await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      }
      await page.getByLabel('Training images').selectOption('1000');
      await trainButton(page).click();
      await page.getByTestId('confusion').waitFor({ timeout: 120_000 });
      assert.deepEqual(await axeViolations(page), []);
      const show = (id) => page.evaluate((i) => document.getElementById(i).scrollIntoView({ block: 'start' }), id);
      await page.evaluate(() => window.scrollTo(0, 0));
      await snap(page, `sandbox-top-1920-${theme}`);
      await show('sandbox-train');
      await snap(page, `sandbox-train-1920-${theme}`);
      await show('sandbox-inside');
      await snap(page, `sandbox-inside-1920-${theme}`);
      for (const [width, height] of [[1280, 720], [360, 800]]) {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => window.scrollTo(0, 0));
        await noSideScroll(page);
        await snap(page, `sandbox-top-${width}-${theme}`);
        await show('sandbox-train');
        await snap(page, `sandbox-train-${width}-${theme}`);
        await show('sandbox-inside');
        await snap(page, `sandbox-inside-${width}-${theme}`);
        await noSideScroll(page);
      }
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(page.errors, []);
    });
  }

  it('respects reduced motion and a 360 px screen while editing', async () => {
    const page = await open({ width: 360, height: 800, reducedMotion: 'reduce' });
    await blocks(page).first().getByLabel('Filters').fill('10000');
    await blocks(page).first().getByText(/at most 256/).waitFor();
    await noSideScroll(page);
    await snap(page, 'sandbox-problem-360');
    assert.deepEqual(page.errors, []);
  });
});

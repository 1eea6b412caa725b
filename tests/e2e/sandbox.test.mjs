// The sandbox in a browser, edited: presets and the live table, editing by keyboard, absurd
// settings refused in place, the network carried by a link and by a JSON file (a corrupt one
// refused), a phone with reduced motion. Training and its views: sandbox-training.test.mjs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finish, openSite } from './harness.mjs';
import { openSandbox, sandboxUrl, num, blocks, blockTypes, totalParams, preset, trainButton, noSideScroll } from './sandbox.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const url = () => sandboxUrl(site);
const open = (options, href) => openSandbox(site, options, href);

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
    await finish(page);
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
    await finish(page);
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
    await finish(page, 'sandbox-problem-1280');
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
    await finish(page);
  });

  it('respects reduced motion and a 360 px screen while editing', async () => {
    const page = await open({ width: 360, height: 800, reducedMotion: 'reduce' });
    await blocks(page).first().getByLabel('Filters').fill('10000');
    await blocks(page).first().getByText(/at most 256/).waitFor();
    await noSideScroll(page);
    await finish(page, 'sandbox-problem-360');
  });
});

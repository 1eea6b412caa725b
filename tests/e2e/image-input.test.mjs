// The image sources (components/widgets/shared/imageInput) as a reader drives them, on the page where
// the course shows them (the network overview in what-is-a-cnn; IMAGE_INPUT_PAGE=/lessons/<slug>/
// to try another): a test image picked by mouse and keyboard, a drawing, undone and cleared, the
// fixture files uploaded, dropped and pasted (a light-background JPEG negated, a dark PNG kept, a
// renamed text file and a 54-megapixel PNG refused with nothing else changed), a camera snapshot from
// Chromium's fake camera, and axe in light and dark at a phone's and a laptop's width.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { axeViolations, finish, openSite } from './harness.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';

const PAGE = process.env.IMAGE_INPUT_PAGE ?? '/lessons/what-is-a-cnn/';
const fixtures = path.resolve(import.meta.dirname, '../fixtures/images');
const fixture = (name) => path.join(fixtures, name);

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

/** A page at the image sources, scrolled into view, on `source` ('Test image', 'Draw', 'Photo', 'Camera'). */
async function openSources(source, options) {
  const page = await site.page(options);
  if (options?.theme) await page.addInitScript((t) => localStorage.setItem('cnn-course-theme', t), options.theme);
  await page.goto(`${site.base}${PAGE}`);
  const tabs = page.getByTestId('image-source-tabs').first();
  await tabs.scrollIntoViewIfNeeded();
  await tabs.waitFor();
  if (source) await tabs.getByRole('radio', { name: source, exact: true }).check();
  return { page, tabs };
}

/** Statistics of a canvas's pixels: how many are bright (red > 128), and the red value at (x, y) points in canvas pixels. */
const canvasStats = (locator, points = []) =>
  locator.evaluate((canvas, pts) => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let bright = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] > 128) bright++;
    return { bright, width: canvas.width, height: canvas.height, at: pts.map(([x, y]) => data[(y * canvas.width + x) * 4]) };
  }, points);

describe('test images', () => {
  it('shows a class’s 100 thumbnails, chooses by click and arrow keys, and draws a seeded random one', async () => {
    const { page, tabs } = await openSources('Test image');
    const picker = tabs.getByTestId('test-image-picker');
    await picker.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 30000 });
    const thumbs = picker.getByTestId('test-image-thumb');
    assert.equal(await thumbs.count(), 100, 'one class of the 1,000 test images');
    await picker.getByRole('radio', { name: 'Sneaker', exact: true }).check();
    const sneaker = thumbs.nth(4);
    const index = Number(await sneaker.getAttribute('data-index'));
    await sneaker.click();
    assert.equal(await picker.getByTestId('test-image-chosen').textContent(), `Chosen: Sneaker, test image ${index + 1} of 1,000.`);
    assert.equal(await sneaker.getAttribute('aria-checked'), 'true');
    await page.keyboard.press('ArrowRight');
    const next = thumbs.nth(5);
    assert.equal(await next.getAttribute('aria-checked'), 'true', 'the arrow key chooses the next image');
    assert.equal(await next.evaluate((el) => el === document.activeElement), true, 'and moves the focus to it');
    const drawn = [];
    for (let i = 0; i < 3; i++) {
      await picker.getByTestId('test-image-random').click();
      drawn.push(await picker.getByTestId('test-image-chosen').textContent());
    }
    assert.equal(new Set(drawn).size, 3, `three different random images: ${drawn}`);
    // The class shown follows the random image, and its thumbnail is the chosen one.
    const [, cls] = /Chosen: (.+), test image/.exec(drawn[2]);
    assert.equal(await picker.getByRole('radio', { name: cls, exact: true }).isChecked(), true);
    // A fresh page draws the same sequence (lib/random, not Math.random).
    const again = await openSources('Test image');
    const picker2 = again.tabs.getByTestId('test-image-picker');
    await picker2.and(again.page.locator('[data-state="ready"]')).waitFor({ timeout: 30000 });
    await picker2.getByTestId('test-image-random').click();
    assert.equal(await picker2.getByTestId('test-image-chosen').textContent(), drawn[0]);
    await finish(again.page);
    await finish(page, 'image-input-test-images');
  });
});

describe('drawing pad', () => {
  it('draws with the mouse, shows the 28 × 28 image, undoes and clears by button and keyboard', async () => {
    const { page, tabs } = await openSources('Draw');
    const pad = tabs.getByTestId('drawing-pad-canvas');
    const box = await pad.boundingBox();
    const stroke = async (x0, y0, x1, y1) => {
      await page.mouse.move(box.x + box.width * x0, box.y + box.height * y0);
      await page.mouse.down();
      for (let t = 1; t <= 10; t++) await page.mouse.move(box.x + box.width * (x0 + ((x1 - x0) * t) / 10), box.y + box.height * (y0 + ((y1 - y0) * t) / 10));
      await page.mouse.up();
    };
    await stroke(0.3, 0.2, 0.3, 0.8); // a vertical bar
    const drawing = tabs.getByTestId('drawing-pad');
    assert.equal(await drawing.getAttribute('data-strokes'), '1');
    assert.equal(await pad.getAttribute('aria-label'), 'Drawing pad, 1 stroke');
    // What the network receives: the widget's own drawing of its input (the overview hides the pad's preview and draws it as layer 0).
    const preview = page.locator('[data-widget] [data-kind="input"] canvas').first();
    // The bar is trimmed and scaled to fill the 28 rows, centred in the columns: column 14 lit, corners black.
    const bar = await canvasStats(preview, [[14, 14], [0, 0], [27, 27]]);
    assert.deepEqual([bar.width, bar.height], [28, 28]);
    assert.ok(bar.at[0] > 200 && bar.at[1] === 0 && bar.at[2] === 0, JSON.stringify(bar));
    await stroke(0.2, 0.5, 0.8, 0.5);
    assert.equal(await drawing.getAttribute('data-strokes'), '2');
    await tabs.getByTestId('drawing-pad-undo').click();
    assert.equal(await drawing.getAttribute('data-strokes'), '1');
    assert.deepEqual(await canvasStats(preview, [[14, 14], [0, 0], [27, 27]]), bar, 'undo gives back the one-stroke image');
    await pad.focus();
    await page.keyboard.press('Control+z');
    assert.equal(await drawing.getAttribute('data-strokes'), '0');
    assert.equal((await canvasStats(preview)).bright, 0, 'an empty pad gives a black image');
    await stroke(0.5, 0.2, 0.5, 0.4);
    await pad.focus();
    await page.keyboard.press('Delete');
    assert.equal(await drawing.getAttribute('data-strokes'), '0');
    assert.equal(await pad.evaluate((el) => getComputedStyle(el).touchAction), 'none', 'touch drags draw instead of scrolling');
    await finish(page, 'image-input-drawing');
  });
});

describe('photo', () => {
  it('turns the light-background JPEG into a negated 28 × 28 image and the dark PNG into a kept one, with the steps shown', async () => {
    const { page, tabs } = await openSources('Photo');
    const file = tabs.getByTestId('photo-input-file');
    await file.setInputFiles(fixture('boot-on-light-grey.jpg'));
    const verdict = tabs.getByTestId('photo-input-verdict');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-inverted'), 'true');
    assert.match(await verdict.textContent(), /corners are light \(#f[0-9a-f]{5}\)/);
    // The boot's sole spans the full 28 columns; the corners above the toe are background.
    const boot = await canvasStats(tabs.getByTestId('photo-input-after'), [[0, 0], [27, 0], [14, 24]]);
    assert.deepEqual(boot.at.slice(0, 2), [0, 0]);
    assert.ok(boot.at[2] > 150, `the boot is light after negation: ${boot.at[2]}`);
    const before = await canvasStats(tabs.getByTestId('photo-input-before'));
    assert.deepEqual([before.width, before.height], [300, 400], 'a small photo is used at its own size');
    await tabs.getByTestId('photo-input-stages').locator('summary').click();
    assert.equal(await tabs.getByTestId('photo-input-stages').locator('figure').count(), 5);
    await file.setInputFiles(fixture('sneaker-on-black.png'));
    await tabs.getByTestId('photo-input-verdict').and(page.locator('[data-inverted="false"]')).waitFor();
    assert.match(await verdict.textContent(), /corners are dark \(#000000\), so the intensities were kept/);
    await finish(page, 'image-input-photo');
  });

  it('refuses a renamed text file and a 54-megapixel PNG with a reason, and keeps the last good photo', async () => {
    const { page, tabs } = await openSources('Photo');
    const file = tabs.getByTestId('photo-input-file');
    await file.setInputFiles(fixture('sneaker-on-black.png'));
    await tabs.getByTestId('photo-input-verdict').waitFor();
    const kept = await canvasStats(tabs.getByTestId('photo-input-after'));
    await file.setInputFiles(fixture('notes-renamed.png'));
    const error = tabs.getByTestId('photo-input-error');
    await error.waitFor();
    assert.match(await error.textContent(), /“notes-renamed\.png” is a text file with a \.png name, not a picture the page can use\./);
    assert.deepEqual(await canvasStats(tabs.getByTestId('photo-input-after')), kept, 'nothing else changes');
    await file.setInputFiles(fixture('huge-9000x6000.png'));
    await error.filter({ hasText: '9,000 × 6,000 pixels (54 megapixels)' }).waitFor();
    assert.match(await error.textContent(), /up to 40 megapixels are decoded here\. Resize it first\./);
    assert.deepEqual(await canvasStats(tabs.getByTestId('photo-input-after')), kept);
    // A good file afterwards clears the message.
    await file.setInputFiles(fixture('boot-on-light-grey.jpg'));
    await tabs.getByTestId('photo-input-verdict').and(page.locator('[data-inverted="true"]')).waitFor();
    assert.equal(await error.count(), 0);
    await finish(page, 'image-input-photo-refused');
  });

  it('takes a dropped and a pasted picture, and scales a large one down first', async () => {
    const { page, tabs } = await openSources('Photo');
    const bytes = [...fs.readFileSync(fixture('boot-on-light-grey.jpg'))];
    const send = (kind) =>
      tabs.getByTestId('photo-input-drop').evaluate(
        (zone, [b, k]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(b)], 'boot.jpg', { type: 'image/jpeg' }));
          if (k === 'drop') zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
          else zone.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        },
        [bytes, kind],
      );
    await send('drop');
    await tabs.getByTestId('photo-input-verdict').waitFor();
    assert.match(await tabs.getByTestId('photo-input-before').getAttribute('aria-label'), /The photo boot\.jpg, 300 by 400 pixels\./);
    await send('paste');
    await tabs.getByTestId('photo-input-before').and(page.locator('[aria-label^="The photo the pasted picture"]')).waitFor();
    // A 4000 × 3000 photo (made in the page) is scaled to 1,024 pixels on its longest edge before the pipeline runs.
    await tabs.getByTestId('photo-input-drop').evaluate(async (zone) => {
      const canvas = document.createElement('canvas');
      canvas.width = 4000;
      canvas.height = 3000;
      const g = canvas.getContext('2d');
      g.fillStyle = '#f4f4f4';
      g.fillRect(0, 0, 4000, 3000);
      g.fillStyle = '#202020';
      g.fillRect(1500, 500, 1000, 2000);
      const blob = await new Promise((r) => canvas.toBlob(r, 'image/png'));
      const dt = new DataTransfer();
      dt.items.add(new File([blob], 'big.png', { type: 'image/png' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await tabs.getByText('Your photo, scaled to 1,024 × 768 (from 4,000 × 3,000)').waitFor();
    const big = await canvasStats(tabs.getByTestId('photo-input-before'));
    assert.deepEqual([big.width, big.height], [1024, 768]);
    // The 1000 × 2000 bar fills the 28 rows and 14 of the columns, light on black after negation.
    const bar = await canvasStats(tabs.getByTestId('photo-input-after'), [[14, 14], [3, 14], [24, 14]]);
    assert.ok(bar.at[0] > 200 && bar.at[1] === 0 && bar.at[2] === 0, JSON.stringify(bar.at));
    await finish(page);
  });
});

describe('camera', () => {
  it('says plainly that the camera was not allowed', async () => {
    const { page, tabs } = await openSources('Camera');
    await tabs.getByTestId('camera-start').click();
    const message = tabs.getByTestId('camera-message');
    await message.waitFor();
    assert.match(await message.textContent(), /The camera was not allowed|No camera was found/);
    await finish(page);
  });

  it('takes a snapshot from a (fake) camera through the photo pipeline and stops the camera when another source is chosen', async () => {
    // A browser of its own with Chromium's fake camera (a moving test pattern) and no permission prompt.
    const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${site.base}${PAGE}`);
      const tabs = page.getByTestId('image-source-tabs').first();
      await tabs.scrollIntoViewIfNeeded();
      await tabs.getByRole('radio', { name: 'Camera', exact: true }).check();
      await tabs.getByTestId('camera-start').click();
      await tabs.getByTestId('camera-snap-button').click();
      const after = await canvasStats(tabs.getByTestId('camera-snap-after'));
      assert.deepEqual([after.width, after.height], [28, 28]);
      const live = () => tabs.locator('video').evaluate((v) => (v.srcObject ? v.srcObject.getVideoTracks().map((t) => t.readyState) : []));
      assert.deepEqual(await live(), ['live']);
      await tabs.getByRole('radio', { name: 'Draw', exact: true }).check();
      assert.deepEqual(await live(), [], 'the stream is released when the camera is no longer the source');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});

describe('every source at a phone’s and a laptop’s width, light and dark', () => {
  for (const [theme, width] of [
    ['dark', 360],
    ['light', 1280],
  ]) {
    it(`${theme}, ${width} px: fits, no serious axe violations`, async () => {
      const { page, tabs } = await openSources(null, { width, height: 800, theme });
      for (const source of ['Test image', 'Draw', 'Photo']) {
        await tabs.getByRole('radio', { name: source, exact: true }).check();
        if (source === 'Photo') {
          await tabs.getByTestId('photo-input-file').setInputFiles(fixture('boot-on-light-grey.jpg'));
          await tabs.getByTestId('photo-input-verdict').waitFor();
          await tabs.getByTestId('photo-input-stages').locator('summary').click();
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${source} overflows ${width}px by ${overflow}px`);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${source}: ${JSON.stringify(violations, null, 2)}`);
      }
      await tabs.scrollIntoViewIfNeeded();
      await finish(page, `image-input-${theme}-${width}`);
    });
  }
});

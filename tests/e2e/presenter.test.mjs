// The presenter view: the current and next slide, notes, time; two windows following each other
// (slides, widget state, laser pointer), with and without BroadcastChannel; print with notes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, snap } from './harness.mjs';
import { counter, openSecond, settle } from './deck.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

describe('the presenter view', () => {
  it('shows the current slide, the next one, the notes, the time and the counter', async () => {
    const page = await site.page({ width: 1440, height: 900 });
    await page.goto(`${site.base}/lessons/what-is-a-cnn/presenter/?slide=4`);
    await counter(page).filter({ hasText: /^4 \// }).waitFor();
    const readingPage = await (await fetch(`${site.base}/lessons/what-is-a-cnn/`)).text();
    assert.ok(readingPage.length > 0);
    const notes = page.locator('[data-presenter-notes]');
    await page.keyboard.press('ArrowRight');
    assert.match(await counter(page).textContent(), /^5 \//);
    assert.match(await notes.textContent(), /The widget is the point of this slide/);
    const next = page.locator('.next-preview .slide');
    await next.waitFor();
    assert.match(await next.textContent(), /Why so many parameters hurt/);
    assert.equal(await page.locator('.next-preview [id]').count(), 0, 'the preview copies no ids');
    assert.match(await page.locator('[data-elapsed]').textContent(), /^\d\d:\d\d$/);
    assert.match(await page.locator('[data-clock]').textContent(), /\d/);
    await page.waitForTimeout(300);
    await snap(page, 'presenter');
  });

  for (const fallback of [false, true]) {
    it(`moves the audience window and is moved by it${fallback ? ' (localStorage fallback, no BroadcastChannel)' : ''}`, async () => {
      const audience = await site.page({ width: 1280, height: 720 });
      const context = audience.context();
      if (fallback) await context.addInitScript(() => delete window.BroadcastChannel);
      await audience.goto(`${site.base}/lessons/convolution/slides/`);
      const presenter = await openSecond(context, `${site.base}/lessons/convolution/presenter/`);
      assert.equal(await presenter.evaluate(() => typeof window.BroadcastChannel), fallback ? 'undefined' : 'function');
      await presenter.bringToFront();
      await presenter.keyboard.press('ArrowRight');
      await presenter.keyboard.press('ArrowRight');
      await counter(audience).filter({ hasText: /^3 \// }).waitFor();
      assert.ok(audience.url().endsWith('?slide=3'));
      await audience.bringToFront();
      await audience.keyboard.press('End');
      const total = await audience.locator('.slide-holder').count();
      await counter(presenter).filter({ hasText: new RegExp(`^${total} /`) }).waitFor();
      await presenter.bringToFront();
      await presenter.getByRole('button', { name: 'Previous' }).click();
      await counter(audience).filter({ hasText: new RegExp(`^${total - 1} /`) }).waitFor();
      await context.close();
    });
  }

  it('sends widget changes to the audience window, both ways, and a late window catches up', async () => {
    const audience = await site.page({ width: 1280, height: 720 });
    const context = audience.context();
    await audience.goto(`${site.base}/lessons/what-is-a-cnn/slides/?slide=5`);
    const widgetIn = (page) => page.locator('.slide-holder[data-current] [data-widget="FcScaling"]');
    // A change made before the presenter view opens reaches it when it does.
    await widgetIn(audience).getByLabel('MNIST 28×28×1').check();
    const presenter = await openSecond(context, `${site.base}/lessons/what-is-a-cnn/presenter/`);
    await counter(presenter).filter({ hasText: /^5 \// }).waitFor();
    assert.equal(await widgetIn(presenter).getByLabel('MNIST 28×28×1').isChecked(), true, 'the presenter view caught up');
    // The presenter moves the widget: the audience's copy follows.
    await widgetIn(presenter).getByLabel('CIFAR 32×32×3').check();
    await audience.waitForFunction(() => document.querySelector('.slide-holder[data-current] [data-widget="FcScaling"] input[value="cifar"]')?.checked);
    await widgetIn(presenter).getByLabel('Units in the first hidden layer').fill('250');
    await audience.waitForFunction(() => {
      const w = document.querySelector('.slide-holder[data-current] [data-widget="FcScaling"]');
      return [...w.querySelectorAll('input')].some((i) => i.value === '250');
    });
    await snap(audience, 'slides-widget-synced-audience');
    // And the other way round.
    await widgetIn(audience).getByLabel('Photo 1024×768×3').check();
    await presenter.waitForFunction(() => document.querySelector('.slide-holder[data-current] [data-widget="FcScaling"] input[value="photo"]')?.checked);
    assert.deepEqual(audience.errors, []);
    assert.deepEqual(presenter.errors, []);
    await context.close();
  });

  it('shows the laser pointer in the audience window while the presenter points', async () => {
    const audience = await site.page({ width: 1280, height: 720 });
    const context = audience.context();
    await audience.goto(`${site.base}/lessons/pooling/slides/`);
    const presenter = await openSecond(context, `${site.base}/lessons/pooling/presenter/`);
    await presenter.setViewportSize({ width: 1440, height: 900 });
    await presenter.keyboard.press('l');
    const slide = presenter.locator('.presenter-current .slide-holder[data-current] .slide');
    const box = await slide.boundingBox();
    await presenter.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
    await presenter.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.25);
    const dot = audience.locator('[data-laser-dot]');
    await dot.waitFor();
    const d = await dot.boundingBox();
    const s = await audience.locator('.slide-holder[data-current] .slide').boundingBox();
    assert.ok(Math.abs(d.x + d.width / 2 - (s.x + s.width * 0.75)) < 12, 'the dot is where the presenter points, across');
    assert.ok(Math.abs(d.y + d.height / 2 - (s.y + s.height * 0.25)) < 12, 'and down');
    await snap(audience, 'slides-laser');
    await presenter.mouse.move(box.x + box.width + 40, box.y - 20);
    await dot.waitFor({ state: 'detached' });
    await context.close();
  });

  it('prints with each slide followed by its notes', async () => {
    const page = await site.page({ width: 1280, height: 800 });
    await page.goto(`${site.base}/lessons/what-is-a-cnn/presenter/`);
    await settle(page);
    const total = await page.locator('.slide-holder').count();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= total, `${total} slides on ${pages} pages`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => [...document.querySelectorAll('.slide-print-notes')].filter((n) => n.offsetHeight > 0).length);
    assert.ok(shown > 0, 'notes are printed');
    await snap(page, 'presenter-print');
  });
});

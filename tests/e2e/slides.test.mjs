// The slide deck: every lesson as slides that fit the screen, the keyboard, links to a slide,
// <Step> builds, notes kept from the audience, the overview, shortcuts, swipes, print,
// accessibility. The presenter view and its sync: presenter.test.mjs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, lessonSlugs, openSite, snap } from './harness.mjs';
import { counter, settle } from './deck.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const MIN_FIT = 0.5;

/** Every slide's fit and overflow, measured on the laid-out stage. */
function measureSlides(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.slide-holder')].map((holder) => {
      const slide = holder.querySelector('.slide');
      const content = slide.querySelector('.slide-content');
      const s = slide.getBoundingClientRect();
      const c = content.getBoundingClientRect();
      return {
        label: slide.getAttribute('aria-label'),
        fit: Number(slide.dataset.fit),
        overflowY: slide.scrollHeight - slide.clientHeight,
        overflowX: slide.scrollWidth - slide.clientWidth,
        // The content's drawn box lies inside the slide's (1 px of rounding allowed).
        inside: c.top >= s.top - 1 && c.bottom <= s.bottom + 1 && c.left >= s.left - 1 && c.right <= s.right + 1,
      };
    }),
  );
}

describe('every lesson as slides', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ]) {
    it(`opens, advances with the keyboard and fits every slide on a ${width}×${height} screen`, async () => {
      const slugs = await lessonSlugs(site);
      assert.ok(slugs.length >= 10);
      for (const slug of slugs) {
        const page = await site.page({ width, height });
        await page.goto(`${site.base}/lessons/${slug}/slides/`);
        await settle(page);
        // A widget that grows late (a model loading on a busy machine) is refitted within a poll
        // of its slide (SlideFrame): give the deck a few seconds before calling it an overflow.
        let slides = await measureSlides(page);
        const bad = (list) => list.some((s) => s.overflowY > 0 || s.overflowX > 0 || !s.inside);
        for (let tries = 0; tries < 15 && bad(slides); tries++) {
          await page.waitForTimeout(1000);
          slides = await measureSlides(page);
        }
        assert.ok(slides.length >= 3, `${slug} has ${slides.length} slides`);
        for (const s of slides) {
          assert.ok(s.overflowY <= 0 && s.overflowX <= 0, `${slug} ${s.label}: overflows its slide by ${s.overflowY}px down, ${s.overflowX}px across`);
          assert.ok(s.inside, `${slug} ${s.label}: content drawn outside the slide`);
          assert.ok(s.fit >= MIN_FIT, `${slug} ${s.label}: scaled to ${s.fit} to fit, below ${MIN_FIT}`);
        }
        // The page itself never scrolls, and the stage fills the screen.
        const page2 = await page.evaluate(() => ({
          scroll: document.documentElement.scrollHeight - window.innerHeight,
          stage: document.querySelector('.slide-holder[data-current]').getBoundingClientRect(),
        }));
        assert.ok(page2.scroll <= 0, `${slug}: the deck page scrolls by ${page2.scroll}px`);
        assert.ok(page2.stage.width >= width * 0.85 || page2.stage.height >= height * 0.85, `${slug}: the slide fills the screen`);
        // The keyboard walks the deck: → to the end, ← back, End and Home.
        assert.equal(await counter(page).textContent(), `1 / ${slides.length}`);
        for (let i = 2; i <= slides.length; i++) {
          // A slide with <Step> builds takes one key per step before the next slide.
          const steps = await page.locator(`.slide-holder[data-slide-index="${i - 2}"] .slide-step`).count();
          for (let k = 1; k <= steps; k++) {
            await page.keyboard.press('ArrowRight');
            assert.equal(await counter(page).textContent(), `${i - 1} / ${slides.length}`, `${slug}: slide ${i - 1}, step ${k}`);
          }
          await page.keyboard.press(i % 3 === 0 ? 'Space' : i % 3 === 1 ? 'PageDown' : 'ArrowRight');
          assert.equal(await counter(page).textContent(), `${i} / ${slides.length}`, `${slug}: slide ${i}`);
        }
        assert.ok(page.url().endsWith(`?slide=${slides.length}`), `${slug}: the URL names the slide (${page.url()})`);
        assert.equal(await page.locator('.slide-holder[data-current]').getAttribute('data-slide-index'), String(slides.length - 1));
        await page.keyboard.press('ArrowLeft');
        assert.equal(await counter(page).textContent(), `${slides.length - 1} / ${slides.length}`);
        await page.keyboard.press('Home');
        assert.equal(await counter(page).textContent(), `1 / ${slides.length}`);
        await page.keyboard.press('End');
        assert.equal(await counter(page).textContent(), `${slides.length} / ${slides.length}`);
        if (width === 1920) await snap(page, `slides-${slug}-last-1920`);
        assert.equal(await page.locator('.widget-error').count(), 0, `no widget of ${slug} failed on the slides`);
        assert.deepEqual(page.errors, [], `${slug} logs no error`);
        await page.context().close();
      }
    });
  }
});

describe('the deck', () => {
  it('lands on the slide named in the URL, and keeps it on reload', async () => {
    const page = await site.page({ width: 1280, height: 720 });
    await page.goto(`${site.base}/lessons/convolution/slides/?slide=4`);
    await counter(page).filter({ hasText: /^4 \// }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.reload();
    await counter(page).filter({ hasText: /^5 \// }).waitFor();
    assert.match(await page.locator('.slide-holder[data-current] h2').first().textContent(), /\S/);
  });

  it('reveals a slide\'s <Step> builds one by one with → before the next slide, and hides them again with ←', async () => {
    const page = await site.page({ width: 1280, height: 720 });
    await page.goto(`${site.base}/lessons/batch-norm/slides/`);
    // The slide of batch norm's four steps, found by its builds.
    const holder = page.locator('.slide-holder').filter({ has: page.locator('.slide-step') }).first();
    const index = Number(await holder.getAttribute('data-slide-index'));
    await page.goto(`${site.base}/lessons/batch-norm/slides/?slide=${index + 1}`);
    const total = (await counter(page).textContent()).split(' / ')[1];
    const here = `${index + 1} / ${total}`;
    await counter(page).filter({ hasText: here }).waitFor();
    const steps = page.locator('.slide-holder[data-current] .slide-step');
    assert.equal(await steps.count(), 4, 'the four steps of batch norm are builds');
    /** Which steps the audience sees (visibility, as drawn). */
    const seen = () => steps.evaluateAll((els) => els.map((e) => getComputedStyle(e).visibility === 'visible'));
    assert.deepEqual(await seen(), [false, false, false, false], 'a slide opened by its link starts with its builds hidden');
    assert.match(await page.locator('.slide-holder[data-current] h2').first().textContent(), /Four steps/);
    for (let k = 1; k <= 4; k++) {
      await page.keyboard.press('ArrowRight');
      assert.equal(await counter(page).textContent(), here, `→ ${k} reveals a step and stays on the slide`);
      assert.deepEqual(await seen(), [1, 2, 3, 4].map((n) => n <= k), `after ${k} × →`);
    }
    assert.match(await steps.nth(3).textContent(), /Scale and shift/);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await counter(page).textContent(), here, '← first hides the last step');
    assert.deepEqual(await seen(), [true, true, true, false]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await counter(page).textContent(), `${index + 2} / ${total}`, 'with every step shown, → moves on');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await counter(page).textContent(), here, '← goes back to the built slide');
    assert.deepEqual(await seen(), [true, true, true, true], 'coming back, the slide is shown whole');
    await page.context().close();
  });

  it('has no speaker notes at all, while the reading view and the presenter view do', async () => {
    for (const slug of await lessonSlugs(site)) {
      const deck = await (await fetch(`${site.base}/lessons/${slug}/slides/`)).text();
      const presenter = await (await fetch(`${site.base}/lessons/${slug}/presenter/`)).text();
      const reading = await (await fetch(`${site.base}/lessons/${slug}/`)).text();
      // The first note's opening words, as the reading view holds them.
      const note = /data-speaker-notes[^>]*>\s*(?:<p>)?([^<]{30})/.exec(reading)?.[1];
      assert.ok(note, `${slug} has speaker notes`);
      assert.ok(presenter.includes(note), `${slug}: the presenter view has the notes`);
      assert.ok(!deck.includes(note), `${slug}: the audience deck must not contain the notes ("${note}")`);
      assert.ok(!deck.includes('slide-notes-text') && !deck.includes('data-speaker-notes'), `${slug}: no notes markup in the deck`);
    }
  });

  it('shows an overview of every slide; picking one goes there; Esc leaves it', async () => {
    const page = await site.page({ width: 1280, height: 720 });
    await page.goto(`${site.base}/lessons/pooling/slides/`);
    const total = await page.locator('.slide-holder').count();
    await page.keyboard.press('o');
    const picks = page.getByRole('button', { name: /^Go to slide \d+:/ });
    assert.equal(await picks.count(), total);
    await snap(page, 'slides-overview');
    await picks.nth(5).click();
    assert.equal(await counter(page).textContent(), `6 / ${total}`);
    assert.equal(await picks.count(), 0, 'the overview closed');
    await page.keyboard.press('o');
    await page.keyboard.press('Escape');
    assert.equal(await picks.count(), 0);
  });

  it('lists the shortcuts on ?, opens the presenter view on s, and links back to reading', async () => {
    const page = await site.page({ width: 1280, height: 720 });
    await page.goto(`${site.base}/lessons/pooling/slides/`);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /Full screen/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForURL(/\/lessons\/pooling\/presenter\//);
    await page.getByRole('link', { name: 'Reading view' }).click();
    await page.waitForURL(/\/lessons\/pooling\/$/);
    await page.getByRole('link', { name: 'Present as slides' }).click();
    await page.waitForURL(/\/lessons\/pooling\/slides\/$/);
  });

  it('moves with a swipe on a touch screen', async () => {
    const page = await site.page({ width: 1280, height: 720 });
    await page.goto(`${site.base}/lessons/pooling/slides/`);
    const swipe = (dx) =>
      page.evaluate((dx) => {
        const el = document.querySelector('.stage-viewport');
        const touch = (x) => new Touch({ identifier: 1, target: el, clientX: x, clientY: 300 });
        el.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(600)], changedTouches: [touch(600)], bubbles: true }));
        el.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(600 + dx)], bubbles: true }));
      }, dx);
    await swipe(-200);
    await counter(page).filter({ hasText: /^2 \// }).waitFor();
    await swipe(200);
    await counter(page).filter({ hasText: /^1 \// }).waitFor();
    await swipe(-20);
    assert.match(await counter(page).textContent(), /^1 \//, 'a short stroke is not a swipe');
  });

  it('ends with "What we learned": the objectives the lesson page lists, with speaker notes', async () => {
    const page = await site.page({ width: 1280, height: 720 });
    await page.goto(`${site.base}/lessons/pooling/`);
    const objectives = await page.locator('section.objectives li').allTextContents();
    assert.ok(objectives.length >= 3);
    await page.goto(`${site.base}/lessons/pooling/presenter/`);
    await settle(page);
    await page.keyboard.press('End');
    const last = page.locator('.slide-holder[data-current] [data-slide-closing]');
    await last.waitFor();
    assert.equal(await last.locator('h2').textContent(), 'What we learned');
    assert.deepEqual(await last.locator('li').allTextContents(), objectives);
    assert.match(await page.locator('[data-presenter-notes]').textContent(), /show of hands.*\d+ questions and challenges/s);
    await page.context().close();
  });

  it('prints one slide per page, every slide', async () => {
    const page = await site.page({ width: 1280, height: 720 });
    await page.goto(`${site.base}/lessons/what-is-a-cnn/slides/`);
    await settle(page);
    const total = await page.locator('.slide-holder').count();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, total, `${total} slides make ${pages} pages`);
    await page.emulateMedia({ media: 'print' });
    const holders = await page.evaluate(() => [...document.querySelectorAll('.slide-holder')].map((h) => [getComputedStyle(h).visibility, getComputedStyle(h).breakAfter]));
    assert.ok(holders.every(([v]) => v === 'visible'), 'every slide is printed');
    await snap(page, 'slides-print');
  });
});

describe('accessibility (axe)', () => {
  for (const theme of ['light', 'dark']) {
    it(`the deck, its overview and the presenter view have no serious or critical violations (${theme})`, async () => {
      for (const [path, action] of [
        ['/lessons/convolution/slides/?slide=5', null],
        ['/lessons/convolution/slides/', 'o'],
        ['/lessons/batch-norm/slides/?slide=5', null],
        ['/lessons/convolution/presenter/?slide=5', null],
      ]) {
        const page = await site.page({ width: 1280, height: 720 });
        await page.addInitScript((t) => localStorage.setItem('cnn-course-theme', t), theme);
        await page.goto(`${site.base}${path}`);
        await settle(page);
        if (action) await page.keyboard.press(action);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${path} ${action ?? ''}: ${JSON.stringify(violations, null, 2)}`);
        if (theme === 'dark') await snap(page, `a11y-dark-${path.split('/')[3]}${action ? '-overview' : ''}`);
        await page.context().close();
      }
    });
  }
});

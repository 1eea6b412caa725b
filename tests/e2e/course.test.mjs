// The course map and a lesson page: structure, themes, text before JavaScript, accessibility.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { axeViolations, finish, lessonSlugs, openSite } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

/** Scrolls every widget into view (so each loads what it needs) and waits for them to settle. */
async function visitEveryWidget(page) {
  const widgets = page.locator('[data-widget]');
  for (let i = 0; i < (await widgets.count()); i++) await widgets.nth(i).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

describe('course map', () => {
  it('lists the lessons in order, with one h1', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/`);
    assert.equal(await page.locator('h1').count(), 1);
    const titles = await page.locator('.lesson-card h2').allTextContents();
    assert.match(titles[0], /1\.\s*What a CNN is/);
    assert.match(titles[1], /2\.\s*Convolution/);
    await page.locator('.lesson-card').getByRole('link', { name: '2. Convolution', exact: true }).click();
    await page.waitForURL(/\/lessons\/convolution\/$/);
    await finish(page);
  });

  it('opens with the trained network at work on a test image, with a pad to draw your own', async () => {
    const page = await site.page({ width: 1280, height: 900 });
    await page.goto(`${site.base}/`);
    const overview = page.locator('#course-map-overview');
    await overview.locator('[data-part="prediction"]').filter({ hasText: /The network says .+, with probability [\d.]+ %\./ }).waitFor({ timeout: 90000 });
    const box = await overview.boundingBox();
    assert.ok(box && box.y < 900, `the live network starts on the first screen (top at ${box?.y} px)`);
    await overview.getByRole('radio', { name: /draw/i }).check();
    await overview.locator('[data-testid="drawing-pad"]').waitFor();
    await finish(page);
  });

  it('shows a picture of what each lesson shows on its card, beside the title on a wide screen and a phone', async () => {
    for (const [width, height] of [[1280, 900], [360, 740]]) {
      const page = await site.page({ width, height, javaScriptEnabled: false });
      await page.goto(`${site.base}/`);
      const cards = page.locator('.lesson-card');
      const count = await cards.count();
      assert.equal(await page.locator('.lesson-card svg[role="img"]').count(), count, 'one picture per card');
      for (let i = 0; i < count; i++) {
        const picture = cards.nth(i).locator('svg[role="img"]');
        assert.ok(((await picture.getAttribute('aria-label')) ?? '').length > 40, 'the picture says what it shows');
        const [p, t] = [await picture.boundingBox(), await cards.nth(i).locator('h2').boundingBox()];
        assert.ok(p.width >= 90 && p.width <= 170, `picture ${p.width} px wide at ${width} px`);
        assert.ok(p.x + p.width <= t.x, 'the picture sits left of the title');
      }
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `nothing overflows at ${width} px`);
      await page.context().close();
    }
  });
});

describe('lesson page', () => {
  it('has one h1, the lessons, a table of contents and previous/next links', async () => {
    const page = await site.page({ width: 1920, height: 1080 });
    await page.goto(`${site.base}/lessons/convolution/`);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('h1').textContent(), 'Convolution');
    assert.equal(await page.locator('nav[aria-label="Lessons"] a[aria-current="page"]').first().textContent(), '2. Convolution');
    const tocLinks = page.locator('nav.toc-wide a');
    assert.ok((await tocLinks.count()) >= 4, 'the table of contents lists the sections');
    const firstId = (await tocLinks.first().getAttribute('href')).slice(1);
    assert.equal(await page.locator(`h2[id="${firstId}"]`).count(), 1, 'contents link to real headings');
    assert.match(await page.locator('a[rel="prev"]').textContent(), /What a CNN is/);
  });

  it('is readable with JavaScript off: text and typeset math arrive in the HTML', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(`${site.base}/lessons/convolution/`);
    assert.ok((await page.locator('.prose p').count()) > 10);
    assert.ok((await page.locator('.prose .katex').count()) > 5, 'inline math is typeset at build time');
    assert.ok((await page.locator('.prose .katex-display').count()) >= 1, 'display math is typeset at build time');
    assert.equal(await page.locator('.katex-error').count(), 0);
  });

  it('loads TensorFlow.js only when a widget that needs it comes near the screen', async () => {
    const page = await site.page({ width: 1280, height: 800 });
    const tfjsLoads = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('.js') && (await r.text()).includes('tfjsflags')) tfjsLoads.push(r.url());
    });
    await page.goto(`${site.base}/lessons/what-is-a-cnn/`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(tfjsLoads, [], 'the top of lesson 1 renders without TensorFlow.js');
    await page.locator('[data-widget="NetworkOverview"]').scrollIntoViewIfNeeded();
    await page.locator('[data-widget="NetworkOverview"] [data-part="prediction"]').filter({ hasText: /The network says/ }).waitFor({ timeout: 90000 });
    assert.equal(tfjsLoads.length, 1, "scrolling to lesson 1's trained network loads it, once");
    tfjsLoads.length = 0;

    await page.goto(`${site.base}/lessons/convolution/`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(tfjsLoads, [], 'the top of the convolution lesson renders without TensorFlow.js');
    await page.locator('[data-widget="ConvolutionStepper"]').first().scrollIntoViewIfNeeded();
    await page.locator('[data-widget="ConvolutionStepper"] [aria-live="polite"]').first().filter({ hasText: 'Window at row' }).waitFor();
    assert.equal(tfjsLoads.length, 1, 'scrolling to the stepper loads it, once');
  });

  it('hides speaker notes while reading', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/lessons/what-is-a-cnn/`);
    const notes = page.locator('[data-speaker-notes]');
    assert.ok((await notes.count()) > 0);
    assert.equal(await notes.first().isVisible(), false);
  });

  it('switches to the dark theme and remembers it', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/lessons/convolution/`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    // The toggle names the theme it switches to: back to light.
    await page.getByRole('button', { name: 'Light theme' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Dark theme' }).count(), 0);
  });

  it('is swept, every lesson, by its own test file: themes × widths, overflow, axe, console errors', async () => {
    // The sweep (harness.mjs) checks each lesson at a phone's width and a projector's, in both
    // themes, with every widget loaded; here, that no lesson is left out of it.
    for (const slug of await lessonSlugs(site)) {
      const file = new URL(`./${slug}.test.mjs`, import.meta.url);
      assert.ok(fs.existsSync(file), `${slug} has a test file`);
      assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`sweep\\(\\(\\) => site, '${slug}'`), `${slug}.test.mjs sweeps the lesson`);
    }
  });
});

describe('every lesson on the course map', () => {
  it('opens from the map and renders every widget without an error', async () => {
    const slugs = await lessonSlugs(site);
    assert.ok(slugs.length >= 10, `the map lists ${slugs.length} lessons`);
    for (const slug of slugs) {
      const page = await site.page({ width: 1280, height: 900 });
      await page.goto(`${site.base}/`);
      await page.locator(`.lesson-card a[href$="/lessons/${slug}/"]`).click();
      await page.waitForURL(new RegExp(`/lessons/${slug}/$`));
      assert.equal(await page.locator('h1').count(), 1, slug);
      assert.equal(await page.locator('.katex-error').count(), 0, `${slug} has no broken math`);
      assert.ok((await page.locator('[data-quiz]').count()) >= 2, `${slug} has quizzes`);
      await visitEveryWidget(page);
      assert.equal(await page.locator('.widget-error').count(), 0, `no widget of ${slug} stopped working`);
      assert.deepEqual(page.errors, [], `${slug} logs no error`);
      await page.context().close();
    }
  });
});

describe('accessibility (axe)', () => {
  // Each lesson is checked by its own sweep (see above); here, the course map.
  for (const [theme, width, height] of [
    ['light', 1920, 1080],
    ['dark', 360, 740],
  ]) {
    it(`the course map has no serious or critical violations (${theme}, ${width}px)`, async () => {
      const page = await site.page({ width, height });
      await page.addInitScript((t) => localStorage.setItem('cnn-course-theme', t), theme);
      await page.goto(`${site.base}/`);
      await page.waitForLoadState('networkidle');
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      await page.context().close();
    });
  }
});

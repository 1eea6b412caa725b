// Shared set-up for the browser tests: the built site served from out/, and the system
// Chromium driven by playwright-core.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve-static.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
const out = path.join(root, 'out');

export async function openSite() {
  if (!fs.existsSync(path.join(out, 'index.html'))) throw new Error('No built site in out/: run npm run build first.');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  const server = await startServer(out, 0);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    browser,
    /** A fresh page (own storage) at a viewport, collecting console errors. */
    async page({ width = 1280, height = 900, reducedMotion = 'no-preference', javaScriptEnabled = true } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion, javaScriptEnabled });
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
      if (javaScriptEnabled) {
        // Widgets load in their own chunks: a test, like a reader, acts once they are hydrated.
        const goto = page.goto.bind(page);
        page.goto = async (url, options) => {
          const response = await goto(url, options);
          await page.waitForFunction(() => !document.querySelector('[data-widget]:not([data-ready])'));
          return response;
        };
      }
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** The lesson slugs, in the order the course map lists them. */
export async function lessonSlugs(site) {
  const page = await site.page();
  await page.goto(`${site.base}/`);
  const hrefs = await page.locator('.lesson-card a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.context().close();
  return hrefs.map((h) => /\/lessons\/([^/]+)\/$/.exec(h)?.[1]).filter(Boolean);
}

const axeSource = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page; returns the serious and critical violations, readable. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Saves a screenshot under screenshots/ for a person to look at (not compared). */
export async function snap(page, name) {
  const dir = path.join(root, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: false });
}

/** A fresh page (options as for site.page) at `url`, and the element `selector` on it (a widget, a
 * quiz, a challenge; `… >> nth=0` for the first of several) scrolled into view, so it loads as it
 * would for a reader. */
export async function openWidget(site, url, selector, options) {
  const page = await site.page(options);
  await page.goto(url);
  const widget = page.locator(selector);
  await widget.scrollIntoViewIfNeeded();
  return { page, widget };
}

/** The end of a test: a screenshot for a person (when named), no error reached the console, and the
 * page's context closed (its memory freed for the next test). */
export async function finish(page, shot) {
  if (shot) await snap(page, shot);
  assert.deepEqual(page.errors, []);
  await page.context().close();
}

/** A widget (a locator or a selector) scrolled into view, so it loads, once its live region says `says`. */
export async function widgetSaying(page, widget, says) {
  const w = typeof widget === 'string' ? page.locator(widget) : widget;
  await w.scrollIntoViewIfNeeded();
  await w.locator('[aria-live="polite"]').filter({ hasText: says }).waitFor();
  return w;
}

/** Clicks "Check the widget" in a challenge's section and waits for the verdict ('right' or
 * 'wrong', or the verdict's words); returns the feedback's text. */
export async function checkChallenge(section, expected) {
  const right = expected === 'right' || expected === 'Goal reached.';
  await section.getByRole('button', { name: 'Check the widget' }).click();
  const verdict = section.locator(`[data-feedback] [data-verdict="${right ? 'right' : 'wrong'}"]`).filter({ hasText: right ? 'Goal reached.' : 'Not yet.' });
  await verdict.waitFor({ timeout: 30000 });
  return (await verdict.textContent()) ?? '';
}

/** A challenge's section, scrolled into view (its widget loads as it nears the screen). */
export async function openChallenge(page, id) {
  const section = page.locator(`section[data-challenge="${id}"]`);
  await section.scrollIntoViewIfNeeded();
  return section;
}

/** The challenge's section and a check that clicks "Check the widget" and waits for the verdict. */
export function challenge(page, id) {
  const section = page.locator(`section[data-challenge="${id}"]`);
  return { section, check: (expected) => checkChallenge(section, expected) };
}

/** The themes and sizes every lesson is swept at: a projector in light, a phone in dark. */
export const SWEEP_CASES = [
  ['light', 1920, 1080],
  ['dark', 360, 740],
];

/**
 * The sweep every lesson's test file runs, one test per case: the lesson in a theme at a size,
 * every widget brought into view and hydrated, then `ready(page)` for what the file waits for
 * (a model loaded, a chart drawn; it may take its own screenshots). Checks that nothing overflows sideways (and, on a
 * phone, that the lesson list folds into a menu), axe finds nothing serious, and no error reached the console; leaves a
 * screenshot for a person to look at. Every lesson's test file calls it once (course.test.mjs checks that).
 */
export function sweep(getSite, slug, { ready = async () => {}, cases = SWEEP_CASES, reducedMotion } = {}) {
  for (const [theme, width, height] of cases) {
    it(`sweep (${theme}, ${width}px): fits, no serious axe violations, no console errors`, async () => {
      const site = getSite();
      const page = await site.page({ width, height, reducedMotion });
      await page.addInitScript((t) => localStorage.setItem('cnn-course-theme', t), theme);
      await page.goto(`${site.base}/lessons/${slug}/`);
      const ids = await page.locator('[data-widget][id]').evaluateAll((els) => els.map((e) => e.id));
      for (const id of ids) await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
      await page.waitForFunction(() => !document.querySelector('[data-widget]:not([data-ready])'));
      await ready(page, { theme, width });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${slug} overflows ${width}px by ${overflow}px`);
      if (width <= 480) assert.ok(await page.getByText('All lessons').isVisible(), 'on a phone the lesson list folds into a menu');
      await page.evaluate(() => window.scrollTo(0, 0));
      await snap(page, `${slug}-${theme}-${width}`);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}

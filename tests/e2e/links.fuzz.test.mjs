// Damaged and crafted shared links, for every widget of every lesson at once: the lesson still
// renders, no widget shows its error box, nothing is thrown or logged, and no markup a link
// carries runs. A reader can be sent any link; none may take a lesson down.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openSite } from './harness.mjs';

const out = path.resolve(import.meta.dirname, '../../out/lessons');
const lessons = fs.readdirSync(out).filter((d) => fs.existsSync(path.join(out, d, 'index.html')));

/** Widget ids in a lesson's server-rendered HTML. */
const widgetIds = (slug) => [...fs.readFileSync(path.join(out, slug, 'index.html'), 'utf8').matchAll(/<section[^>]*\bdata-widget="[^"]+"[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);

const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
/** A crafted link: prototype names as own keys (as JSON.parse makes them), markup in every
 * string a widget might show, numbers no control allows, wrong types and long lists. */
const CRAFTED = `{"__proto__": {"polluted": 1}, "constructor": 3, "toString": "x", "__defineGetter__": 1, "hasOwnProperty": null, "valueOf": [], ${['mode', 'input', 'kernel', 'loss', 'preset', 'network', 'image', 'seed', 'part', 'activation']
  .map((k) => `"${k}": ${JSON.stringify(XSS)}`)
  .join(', ')}, "stride": 1e308, "padding": -1e9, "size": "NaN", "step": -5, "speed": 1e9, "sparsity": 5, "bits": 3, "kernels": 99, "layers": -1, "epochs": 1e6, "margin": "wide", "temperature": -2, "steps": ${JSON.stringify(Array(120).fill(7))}, "bias": [null, {}, []], "custom": ${JSON.stringify(Array(150).fill('9'))}}`;
/** Links damaged on the way: cut off, or not an object of settings. */
const BROKEN = ['{"stride": ', '[1, 2, 3]', 'null', '"just text"', '{}}'];

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

/** Opens one lesson with a damaged link for each of its widgets; returns what went wrong. */
async function openDamaged(slug, damage) {
  const ids = widgetIds(slug);
  assert.ok(ids.length > 0, `no widgets found in ${slug}`);
  const url = new URL(`${site.base}/lessons/${slug}/`);
  ids.forEach((id, i) => url.searchParams.set(`w.${id}`, damage(i)));
  const page = await site.page({ width: 1280, height: 900 });
  try {
    await page.goto(url.toString());
    // Widgets lower down load as they near the screen: bring each into view once.
    for (const id of ids) await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('[data-widget]:not([data-ready])'));
    await page.waitForTimeout(300);
    return {
      slug,
      title: await page.locator('h1').count(),
      boxes: await page.locator('.widget-error').allTextContents(),
      errors: page.errors,
      ran: await page.evaluate(() => window.__pwned),
      polluted: await page.evaluate(() => ({}).polluted),
      inserted: await page.locator('img[src="x"]').count(),
      warned: await page.locator('[data-widget] .widget-warning').count(),
    };
  } finally {
    await page.context().close();
  }
}

describe('damaged links for every widget at once', () => {
  // Four lessons at a time, each in its own browser context; every widget gets the crafted link,
  // then one damaged on the way.
  const batches = [];
  for (let i = 0; i < lessons.length; i += 4) batches.push(lessons.slice(i, i + 4));
  const rounds = [
    ['crafted', () => CRAFTED],
    ['broken', (i) => BROKEN[i % BROKEN.length]],
  ];
  for (const [round, damage] of rounds)
  for (const batch of batches) {
    it(`${round}: ${batch.join(', ')}`, async () => {
      const seen = await Promise.all(batch.map((slug) => openDamaged(slug, damage)));
      for (const r of seen) {
        assert.equal(r.title, 1, `${r.slug} lost its title`);
        assert.deepEqual(r.boxes, [], `error boxes in ${r.slug}`);
        assert.deepEqual(r.errors, [], `page or console errors in ${r.slug}`);
        assert.equal(r.ran, undefined, `markup from a link ran in ${r.slug}`);
        assert.equal(r.polluted, undefined, `a link polluted Object.prototype in ${r.slug}`);
        assert.equal(r.inserted, 0, `markup from a link was inserted in ${r.slug}`);
        // A refused link says so in its widget: none is applied silently as garbage.
        assert.ok(r.warned >= 1, `no widget of ${r.slug} said its link was not applied`);
      }
    });
  }
});

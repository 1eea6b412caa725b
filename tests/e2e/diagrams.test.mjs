// The static figures of components/mdx/diagrams in the built lessons: each shows exactly one
// layout at a time, is an image with a name, keeps its text at 11.5 px or more on a 360 px phone,
// fits without scrolling sideways, passes axe, and prints in ink on white. Screenshots of every
// figure (360 and 1920 px, light and dark, and print) are left in screenshots/diagrams/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axeViolations, openSite } from './harness.mjs';

const LESSONS = ['resnet', 'inception', 'batch-norm', 'lightweight-networks', 'attention', 'siamese-triplet', 'training-practice', 'convolution', 'classic-networks', 'fc-dropout'];
const dir = path.resolve(import.meta.dirname, '../../screenshots/diagrams');
let site;

before(async () => {
  site = await openSite();
  fs.mkdirSync(dir, { recursive: true });
});
after(() => site.close());

async function figures(page) {
  return page.locator('figure[data-diagram]').evaluateAll((figs) =>
    figs.map((f) => {
      const shown = [...f.querySelectorAll('svg')].filter((s) => s.getBoundingClientRect().width > 0);
      let smallest = Infinity;
      for (const s of shown) {
        const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
        for (const t of s.querySelectorAll('text, tspan')) {
          if (t.textContent.trim()) smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
        }
      }
      return {
        name: f.dataset.diagram,
        shown: shown.length,
        all: f.querySelectorAll('svg').length,
        named: shown.every((s) => s.getAttribute('role') === 'img' && s.getAttribute('aria-labelledby').split(' ').every((id) => document.getElementById(id)?.textContent.trim())),
        smallest,
        overflow: f.scrollWidth - f.clientWidth,
      };
    }),
  );
}

describe('diagrams', () => {
  for (const slug of LESSONS) {
    for (const [theme, width] of [['light', 360], ['dark', 360], ['light', 1920], ['dark', 1920]]) {
      it(`${slug} (${theme}, ${width}px): one named layout per figure, legible, fits, axe clean`, async () => {
        const page = await site.page({ width, height: 1080 });
        await page.addInitScript((t) => localStorage.setItem('cnn-course-theme', t), theme);
        await page.goto(`${site.base}/lessons/${slug}/`);
        const figs = await figures(page);
        assert.ok(figs.length > 0, `${slug} has no diagram`);
        for (const f of figs) {
          assert.ok(f.shown >= 1 && f.shown <= f.all, `${f.name}: ${f.shown} of ${f.all} panels shown`);
          assert.ok(f.named, `${f.name}: every shown panel is an image named by its title and description`);
          assert.ok(f.overflow <= 0, `${f.name} overflows by ${f.overflow}px`);
          if (width === 360) assert.ok(f.smallest >= 11.5, `${f.name}: text at ${f.smallest.toFixed(1)} px on a phone`);
        }
        // Figures with two layouts show the rows on a phone and the columns on a wide screen.
        const pairs = await page.locator('figure[data-diagram^="inception-compare"] svg').evaluateAll((s) => s.map((e) => e.getBoundingClientRect().width > 0));
        if (pairs.length) assert.deepEqual(pairs, width === 360 ? [false, true, false, true] : [true, false, true, false]);
        const all = await page.locator('figure[data-diagram]').all();
        for (const [i, fig] of all.entries()) {
          await fig.screenshot({ path: path.join(dir, `${slug}-${i}-${theme}-${width}.png`) });
        }
        if (theme === 'dark' && width === 1920) {
          await page.emulateMedia({ media: 'print' });
          const ink = await page.locator('figure[data-diagram] svg text').first().evaluate((t) => getComputedStyle(t).fill);
          assert.equal(ink, 'rgb(29, 33, 37)', 'printed figures use the light palette whatever the screen theme');
          for (const [i, fig] of all.entries()) await fig.screenshot({ path: path.join(dir, `${slug}-${i}-print.png`) });
          await page.emulateMedia({ media: 'screen' });
        }
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(page.errors, []);
        await page.context().close();
      });
    }
  }
});

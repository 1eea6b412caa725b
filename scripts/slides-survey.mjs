// Prints every slide whose content scale is below THR (default 0.6): node scripts/slides-survey.mjs [width height] [slug...] (after npm run build)
import { openSite } from '../tests/e2e/harness.mjs';
const args = process.argv.slice(2);
const width = Number(args[0] ?? 1920), height = Number(args[1] ?? 1080);
let slugs = args.slice(2);
const site = await openSite();
if (!slugs.length) {
  const p = await site.page();
  await p.goto(`${site.base}/`);
  slugs = (await p.locator('.lesson-card a').evaluateAll((ls) => ls.map((a) => a.getAttribute('href')))).map((h) => /\/lessons\/([^/]+)\/$/.exec(h)?.[1]).filter(Boolean);
  await p.context().close();
}
const thr = Number(process.env.THR ?? 0.6);
for (const slug of slugs) {
  const page = await site.page({ width, height });
  await page.goto(`${site.base}/lessons/${slug}/slides/`);
  await page.waitForLoadState('networkidle');
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => [...document.querySelectorAll('.slide')].map((s) => `${s.dataset.fit}:${s.scrollHeight}`).join());
    if (now === last) break; last = now; await page.waitForTimeout(800);
  }
  const r = await page.evaluate(() => [...document.querySelectorAll('.slide')].map((s, i) => ({ i: i + 1, label: s.getAttribute('aria-label'), fit: Number(s.dataset.fit), widgets: [...s.querySelectorAll('[data-widget]')].map((w) => w.getAttribute('data-widget') + (w.querySelector('[data-slide-columns]') || w.matches('[data-slide-columns]') ? '[cols]' : '')).join(','), h: s.querySelector('.slide-content').scrollHeight, w: s.querySelector('.slide-content').offsetWidth })));
  for (const s of r) if (s.fit < thr) console.log(`${s.fit < 0.5 ? 'FAIL' : '    '} ${slug} #${s.i} fit=${s.fit} h=${s.h} w=${s.w} ${s.widgets} | ${s.label}`);
  await page.context().close();
}
await site.close();

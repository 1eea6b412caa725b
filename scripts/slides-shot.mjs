// Screenshots of chosen slides: node scripts/slides-shot.mjs width height outdir slug:1,2 [slug:3 ...] (after npm run build)
import { openSite } from '../tests/e2e/harness.mjs';
const [w, h, dir, ...specs] = process.argv.slice(2);
const site = await openSite();
for (const spec of specs) {
  const [slug, nums] = spec.split(':');
  const page = await site.page({ width: Number(w), height: Number(h) });
  for (const n of nums.split(',')) {
    await page.goto(`${site.base}/lessons/${slug}/slides/?slide=${n}`);
    await page.waitForLoadState('networkidle');
    let last = '';
    for (let i = 0; i < 20; i++) {
      const now = await page.evaluate(() => [...document.querySelectorAll('.slide')].map((s) => `${s.dataset.fit}:${s.scrollHeight}`).join());
      if (now === last) break; last = now; await page.waitForTimeout(700);
    }
    const fit = await page.evaluate(() => document.querySelector('.slide-holder[data-current] .slide')?.dataset.fit);
    const file = `${dir}/${slug}-${n}-${w}.png`;
    await page.screenshot({ path: file });
    console.log(file, 'fit', fit);
  }
  await page.context().close();
}
await site.close();

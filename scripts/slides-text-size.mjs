// The size text is drawn at on every slide (issue 16: ≥ 24 px at 1920×1080, ≥ 18 px at 1280×720),
// per lesson: the smallest text, the median, and the slides below the floor. HTML text counts its
// font size times every scale above it (the deck's fit and the stage); SVG text its font size times
// the SVG's screen scale. Text drawn into a canvas is not seen.
// Usage, after `npm run build`: node scripts/slides-text-size.mjs [width height] [slug…]
import { lessonSlugs, openSite } from '../tests/e2e/harness.mjs';
import { settle } from '../tests/e2e/deck.mjs';

const args = process.argv.slice(2);
const width = Number(args[0] ?? 1920);
const height = Number(args[1] ?? 1080);
const floor = width >= 1920 ? 24 : 18;
const site = await openSite();
const slugs = args.length > 2 ? args.slice(2) : await lessonSlugs(site);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

console.log(`text on slides at ${width}×${height} (floor ${floor} px)`);
for (const slug of slugs) {
  const page = await site.page({ width, height });
  await page.goto(`${site.base}/lessons/${slug}/slides/`);
  await settle(page);
  const slides = await page.evaluate(() =>
    [...document.querySelectorAll('.slide')].map((slide, i) => {
      const sizes = [];
      const walker = document.createTreeWalker(slide.querySelector('.slide-content'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        // Struts and spacers (KaTeX's zero-width spaces) carry no readable text.
        if (!el || !/[^\s\u200b-\u200d\ufeff]/.test(n.textContent)) continue;
        if (el.closest('[hidden], .visually-hidden, [aria-hidden="true"] .katex-mathml, .katex-mathml, script, style')) continue;
        if (!el.getClientRects().length) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        let scale;
        if (el instanceof SVGElement) scale = el.getScreenCTM()?.a ?? 1;
        else {
          const box = el.getBoundingClientRect();
          scale = el.offsetWidth ? box.width / el.offsetWidth : 1;
        }
        sizes.push(Math.round(size * scale * 10) / 10);
      }
      return { n: i + 1, label: slide.getAttribute('aria-label'), min: sizes.length ? Math.min(...sizes) : null, sizes };
    }),
  );
  const all = slides.flatMap((s) => s.sizes);
  const below = slides.filter((s) => s.min !== null && s.min < floor);
  const worst = slides.filter((s) => s.min !== null).sort((a, b) => a.min - b.min)[0];
  console.log(`${slug.padEnd(22)} smallest ${Math.min(...all)} px (slide ${worst?.n}) · median ${median(all)} px · ${below.length}/${slides.length} slides with text below ${floor} px`);
  if (process.env.LIST) for (const s of below) console.log(`   ${String(s.n).padStart(3)} ${s.min} px  ${s.label}`);
  await page.context().close();
}
await site.close();

// Screenshots of every widget of every lesson, each on its own, in light and dark at a phone's and
// a projector's width: the before/after record a redesign is judged by.
//
//   node scripts/widget-shots.mjs --site out --dest shots/after
//   node scripts/widget-shots.mjs --compare shots/before shots/after --dest shots/compare
//
// The first form serves a built site and writes <lesson>--<widget>-<n>--<theme>-<width>.png plus
// index.json (each widget's height and its text size floor). The second writes an HTML page that
// shows each before and after side by side, widest height change first, and lists widgets that
// appear in only one of the two.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from './serve-static.mjs';
import { findChromium } from './find-chromium.mjs';

const CASES = [
  ['light', 360, 740],
  ['dark', 360, 740],
  ['light', 1920, 1080],
  ['dark', 1920, 1080],
];

const { values, positionals } = parseArgs({
  options: {
    site: { type: 'string', default: 'out' },
    dest: { type: 'string', default: 'shots/current' },
    compare: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
  allowPositionals: true,
});

async function shoot() {
  const site = path.resolve(values.site);
  const lessons = fs.readdirSync(path.join(site, 'lessons')).filter((d) => fs.existsSync(path.join(site, 'lessons', d, 'index.html')));
  const only = values.only ? new Set(values.only.split(',')) : null;
  fs.mkdirSync(values.dest, { recursive: true });
  const server = await startServer(site, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const index = [];
  try {
    for (const slug of lessons) {
      for (const [theme, width, height] of CASES) {
        const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
        await context.addInitScript((t) => localStorage.setItem('cnn-course-theme', t), theme);
        const page = await context.newPage();
        await page.goto(`${base}/lessons/${slug}/`, { waitUntil: 'load' });
        const widgets = page.locator('[data-widget]');
        const count = await widgets.count();
        const seen = new Map();
        for (let i = 0; i < count; i++) {
          const widget = widgets.nth(i);
          const name = await widget.getAttribute('data-widget');
          const n = (seen.get(name) ?? 0) + 1;
          seen.set(name, n);
          if (only && !only.has(name)) continue;
          await widget.scrollIntoViewIfNeeded();
          await page.waitForFunction((el) => el.hasAttribute('data-ready'), await widget.elementHandle(), { timeout: 60_000 }).catch(() => undefined);
          await page.waitForTimeout(400);
          const file = `${slug}--${name}-${n}--${theme}-${width}.png`;
          const box = await widget.boundingBox();
          const minFont = await widget.evaluate((el) => {
            let min = Infinity;
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const parent = walker.currentNode.parentElement;
              if (!parent || !walker.currentNode.textContent.trim()) continue;
              const style = getComputedStyle(parent);
              if (style.visibility === 'hidden' || parent.closest('[aria-hidden="true"], .visually-hidden, [class*="visuallyHidden"]')) continue;
              const r = parent.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              min = Math.min(min, parseFloat(style.fontSize));
            }
            return min === Infinity ? null : min;
          });
          await widget.screenshot({ path: path.join(values.dest, file) });
          index.push({ file, slug, widget: name, n, theme, width, height: Math.round(box?.height ?? 0), minFont });
        }
        await context.close();
      }
      console.log(`${slug}: done`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  fs.writeFileSync(path.join(values.dest, 'index.json'), JSON.stringify(index, null, 1));
  console.log(`${index.length} screenshots in ${values.dest}`);
}

function compare([beforeDir, afterDir]) {
  const read = (dir) => new Map(JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')).map((e) => [e.file, e]));
  const before = read(beforeDir);
  const after = read(afterDir);
  const both = [...after.values()].filter((e) => before.has(e.file));
  const onlyIn = (a, b) => [...a.keys()].filter((k) => !b.has(k));
  const rows = both
    .map((a) => ({ a, b: before.get(a.file) }))
    .sort((x, y) => Math.abs(y.a.height - y.b.height) - Math.abs(x.a.height - x.b.height));
  const rel = (dir, file) => path.relative(values.dest, path.join(dir, file));
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const html = `<!doctype html><meta charset="utf-8"><title>Widgets before and after</title>
<style>body{font:14px system-ui;margin:1rem}figure{display:grid;grid-template-columns:1fr 1fr;gap:1rem;border-top:1px solid #ccc;padding:1rem 0;margin:0}img{max-width:100%;border:1px solid #ddd}h2{font-size:15px;grid-column:1/3;margin:0}</style>
<h1>Widgets before and after</h1>
<p>${rows.length} pairs. Only before: ${esc(onlyIn(before, after).join(', ') || 'none')}. Only after: ${esc(onlyIn(after, before).join(', ') || 'none')}.</p>
${rows
  .map(({ a, b }) => `<figure><h2>${esc(a.file)}: height ${b.height} → ${a.height} px, smallest text ${b.minFont} → ${a.minFont} px</h2><img src="${esc(rel(beforeDir, b.file))}" alt="before"><img src="${esc(rel(afterDir, a.file))}" alt="after"></figure>`)
  .join('\n')}`;
  fs.mkdirSync(values.dest, { recursive: true });
  fs.writeFileSync(path.join(values.dest, 'index.html'), html);
  const summary = rows.map(({ a, b }) => `${a.file}\t${b.height}\t${a.height}\t${b.minFont}\t${a.minFont}`);
  fs.writeFileSync(path.join(values.dest, 'summary.tsv'), ['file\theight before\theight after\tmin font before\tmin font after', ...summary].join('\n') + '\n');
  console.log(`${rows.length} pairs compared: ${path.join(values.dest, 'index.html')}`);
}

if (values.compare) {
  if (positionals.length !== 2) throw new Error('--compare takes two folders of screenshots: before and after');
  compare(positionals);
}
else await shoot();

// What the slide tests share: the deck's counter, a second window of the same browser, and a
// wait for the deck to stop re-fitting its slides.

/** The deck's "3 / 12". */
export const counter = (page) => page.locator('[data-slide-counter]');

/** Opens a second window of the same browser (so the two can talk) once it listens. */
export async function openSecond(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  await page.locator('.deck-root[data-deck-ready]').waitFor();
  return page;
}

/**
 * Waits until every widget of the deck has loaded and no slide has changed its fit or height
 * for two checks in a row (widgets load and lay out after the page, later on a busy machine).
 */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => [...document.querySelectorAll('.slide [data-widget]')].every((w) => w.hasAttribute('data-ready') || w.querySelector('.widget-error')), null, { timeout: 60_000, polling: 500 })
    .catch(() => {});
  let last = '';
  let same = 0;
  for (let i = 0; i < 30 && same < 2; i++) {
    const now = await page.evaluate(() => [...document.querySelectorAll('.slide')].map((s) => `${s.dataset.fit}:${s.scrollHeight}`).join());
    same = now === last ? same + 1 : 0;
    last = now;
    await page.waitForTimeout(800);
  }
}

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

/** Waits until no slide changes its fit for a while (widgets load and lay out after the page). */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => [...document.querySelectorAll('.slide')].map((s) => `${s.dataset.fit}:${s.scrollHeight}`).join());
    if (now === last) return;
    last = now;
    await page.waitForTimeout(800);
  }
}

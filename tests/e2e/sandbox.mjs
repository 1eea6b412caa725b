// What the sandbox's test files share: opening it once it is ready, and reading its blocks,
// totals, presets and train button.
import assert from 'node:assert/strict';

export const sandboxUrl = (site) => `${site.base}/sandbox/`;

/** A fresh page at the sandbox (or `href`), once the sandbox is ready. */
export async function openSandbox(site, options = {}, href = sandboxUrl(site)) {
  const page = await site.page(options);
  await page.goto(href);
  await page.waitForSelector('[data-sandbox][data-ready]');
  return page;
}
export const pct = (s) => Number(/([\d.]+) %/.exec(s)?.[1] ?? NaN) / 100;
export const num = (s) => Number(s.replace(/,/g, ''));

export const blocks = (page) => page.locator('ol[aria-label="Blocks"] > li');
export const blockTypes = (page) => blocks(page).evaluateAll((els) => els.map((e) => e.dataset.block));
export const totalParams = async (page) => num(await page.getByTestId('total-params').innerText());
export const preset = (page, name) => page.getByRole('group', { name: 'Start from a preset' }).getByRole('button', { name, exact: true }).click();
export const trainButton = (page) => page.getByRole('button', { name: /^(Train|Load images and train|Train again)$/ });
export const noSideScroll = async (page) => assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= (await page.evaluate(() => window.innerWidth)), 'no horizontal scroll');

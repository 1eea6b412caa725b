// Training in the browser, as the training lessons rely on it: the Fashion-MNIST subset loads
// (and a failed download explains itself and retries), the small CNN trains on WASM and learns,
// and a browser without WebAssembly still trains on a fallback backend.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, finish, openSite } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

async function train(page, query) {
  await page.goto(`${site.base}/bench/training/?${query}`);
  await page.getByRole('button', { name: 'Train', exact: true }).click({ timeout: 60_000 });
  const done = await page.waitForSelector('[data-bench-result], [data-bench-error]', { timeout: 120_000 });
  const raw = await done.getAttribute('data-bench-result');
  assert.ok(raw, `training failed: ${await done.textContent()}`);
  return JSON.parse(raw);
}

describe('training in the browser', () => {
  it('trains the small CNN on WASM and learns: test accuracy far above chance within seconds', async () => {
    const page = await site.page();
    const r = await train(page, 'seconds=4');
    assert.equal(r.backend, 'wasm');
    assert.deepEqual(r.skipped, []);
    assert.ok(r.testAccuracy > 0.55, `test accuracy ${r.testAccuracy}`);
    // The curves drew something and say so in words.
    // (ChartFrame keeps the chart's text alternative beside the drawing, which is aria-hidden.)
    const chart = page.locator('figure').filter({ hasText: /Training accuracy/ });
    assert.match(await chart.locator('.visually-hidden').textContent(), /Training accuracy.*accuracy: \d+\.\d %/);
    assert.deepEqual(await axeViolations(page), []);
    await finish(page);
  });

  it('still trains where WebAssembly is missing, on a fallback backend, and says why', async () => {
    const page = await site.page();
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    const r = await train(page, 'seconds=2');
    assert.notEqual(r.backend, 'wasm');
    assert.match(r.skipped.join(' '), /^wasm: /);
    assert.ok(r.testAccuracy > 0.15, `test accuracy ${r.testAccuracy}`);
  });

  it('explains a failed download and recovers with "Try again"', async () => {
    const page = await site.page();
    let fail = true;
    await page.route('**/data/fashion-mnist/train-images.u8.deflate', (route) => (fail ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    await page.goto(`${site.base}/bench/training/`);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    assert.match(await alert.textContent(), /answered 503/);
    assert.equal(await page.getByRole('button', { name: 'Train', exact: true }).isDisabled(), true);
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Train', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
    assert.equal(await alert.count(), 0);
  });

  it('pauses and resumes: no batches run while paused', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/bench/training/?seconds=20`);
    await page.getByRole('button', { name: 'Train', exact: true }).click({ timeout: 60_000 });
    await page.getByText(/^[1-9]\.\d of 20 s$/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const at = await page.getByText(/ of 20 s$/).textContent();
    await page.waitForTimeout(700);
    assert.equal(await page.getByText(/ of 20 s$/).textContent(), at);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.waitForFunction((a) => document.body.textContent.includes(' of 20 s') && !document.body.textContent.includes(a), at);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByText('Not trained yet.').waitFor();
  });
});

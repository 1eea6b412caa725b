// Every widget that computes with TensorFlow.js, driven the way a reader does for a few hundred
// key presses: the number of live tensors must not grow. (The trainers' loops are checked in the
// unit tests, which run whole epochs.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './harness.mjs';

/** Lessons whose widgets use TensorFlow.js, and the widgets to drive in each. */
const LESSONS = {
  convolution: ['ConvolutionStepper', 'Im2colView'],
  pooling: ['PoolingStepper'],
  'receptive-fields': ['ReceptiveFieldExplorer'],
  activations: ['ActivationExplorer', 'GradientChain'],
  'batch-norm': ['BatchNormExplorer'],
  'fc-dropout': ['FcAsConv', 'PointwiseConv'],
  losses: ['LossExplorer'],
  resnet: ['GradientFlow'],
  attention: ['SqueezeExcite', 'AttentionMasks'],
  'training-practice': ['AugmentationGallery'],
};

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

/** One pass over a widget: its first sliders, radio groups and number fields get arrow keys there and back. */
async function drive(page, widget) {
  const controls = widget.locator('input[type="range"], [role="slider"], fieldset input[type="radio"]:checked, input[type="number"]');
  const n = Math.min(await controls.count(), 3);
  let presses = 0;
  for (let i = 0; i < n; i++) {
    const c = controls.nth(i);
    if (!(await c.isVisible()) || !(await c.isEnabled())) continue;
    await c.focus();
    const number = (await c.getAttribute('type')) === 'number';
    for (const key of number ? ['ArrowUp', 'ArrowDown'] : ['ArrowRight', 'ArrowLeft']) {
      for (let k = 0; k < 5; k++) {
        await page.keyboard.press(key);
        presses++;
      }
    }
  }
  return presses;
}

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 250))));

describe('tensors stay flat while a reader drives the widgets', () => {
  for (const [slug, names] of Object.entries(LESSONS)) {
    it(slug, async () => {
      const page = await site.page({ width: 1280, height: 900 });
      await page.goto(`${site.base}/lessons/${slug}/`);
      // One instance of each is enough: the same code runs in every copy.
      const widgets = names.map((n) => page.locator(`[data-widget="${n}"]`).first());
      for (const w of widgets) await w.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => typeof window.__cnnTensors === 'function', null, { timeout: 60000 });
      // A first pass warms caches (kernels, models); the next two must leave the count where it was.
      const pass = async () => {
        let presses = 0;
        for (const w of widgets) presses += await drive(page, w);
        await settle(page);
        return { presses, tensors: await page.evaluate(() => window.__cnnTensors()) };
      };
      await pass();
      const a = await pass();
      const b = await pass();
      assert.ok(a.presses >= 10, `only ${a.presses} key presses reached ${slug}'s widgets`);
      assert.equal(b.tensors, a.tensors, `${slug}: ${a.tensors} tensors after one pass of ${a.presses} presses, ${b.tensors} after the next`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});

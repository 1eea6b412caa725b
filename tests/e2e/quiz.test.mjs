// Questions of every kind answered wrong then right in the browser, hints and solutions, a
// widget challenge, per-student numbers, progress kept across reloads, the review page, and
// exporting, importing and resetting progress.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { axeViolations, finish, openSite, openWidget } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

const out = path.resolve(import.meta.dirname, '../../out/lessons');

/** The first lesson whose built page has a question of this kind, and that question's id. */
function firstOfKind(kind) {
  for (const slug of fs.readdirSync(out).sort()) {
    const file = path.join(out, slug, 'index.html');
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8');
    const m = new RegExp(`data-quiz="([^"]+)" data-kind="${kind}"`).exec(html);
    if (m) return { slug, id: m[1] };
  }
  throw new Error(`no lesson has a question of kind "${kind}"`);
}

const verdict = (q) => q.locator('[data-feedback] [data-verdict]');

async function check(q, expected) {
  await q.getByRole('button', { name: 'Check', exact: true }).click();
  await verdict(q).getByText(expected === 'right' ? 'Correct.' : 'Not quite.').waitFor();
}

/** After an attempt, the solution names the answer: "The answer is …". */
async function solution(q) {
  const toggle = q.getByRole('button', { name: 'Show the solution' });
  await toggle.click();
  const text = await q.getByText(/^The answer is /).textContent();
  await q.getByRole('button', { name: 'Hide the solution' }).click();
  return text.replace(/^The answer is /, '').replace(/\.$/, '');
}

async function openQuestion(kind) {
  const { slug, id } = firstOfKind(kind);
  const { page, widget: q } = await openWidget(site, `${site.base}/lessons/${slug}/`, `[data-quiz="${id}"]`);
  await q.locator('fieldset:not([disabled])').waitFor();
  return { page, q, slug, id };
}

describe('each kind of question, wrong then right', () => {
  it('single choice: a distractor is marked wrong, the solution names the answer, retrying with it is right', async () => {
    const { page, q } = await openQuestion('choice');
    const radios = q.locator('input[type="radio"]');
    await radios.nth(0).check();
    await q.getByRole('button', { name: 'Check', exact: true }).click();
    await verdict(q).waitFor();
    if ((await verdict(q).getAttribute('data-verdict')) === 'right') {
      await radios.nth(1).check();
      await check(q, 'wrong');
    }
    const answer = (await solution(q)).replace(/^“|”$/g, '');
    await q.getByRole('button', { name: 'Try again' }).click();
    await q.locator('label').filter({ hasText: answer }).first().locator('input').check();
    await check(q, 'right');
    assert.match(await q.locator('[data-feedback]').textContent(), /Attempt [23]; saved in this browser/);
    await finish(page);
  });

  it('multiple choice: a partial answer says one is missing; all the right ones are correct', async () => {
    const { q } = await openQuestion('multi');
    const answers = (await (async () => {
      const boxes = q.locator('input[type="checkbox"]');
      await boxes.nth(0).check();
      await q.getByRole('button', { name: 'Check', exact: true }).click();
      await verdict(q).waitFor();
      return solution(q);
    })()).split(' and ').map((s) => s.replace(/^“|”$/g, ''));
    const boxes = q.locator('label').filter({ has: q.page().locator('input[type="checkbox"]') });
    const count = await boxes.count();
    for (let i = 0; i < count; i++) {
      const text = (await boxes.nth(i).textContent()).trim();
      const box = boxes.nth(i).locator('input');
      if (answers.includes(text)) await box.check();
      else await box.uncheck();
    }
    await check(q, 'right');
    // One right answer alone is not enough, and the feedback says so.
    const first = boxes.filter({ hasText: answers[0] }).first().locator('input');
    for (let i = 0; i < count; i++) await boxes.nth(i).locator('input').uncheck();
    await first.check();
    if (answers.length > 1) {
      await check(q, 'wrong');
      await q.locator('[data-feedback]').getByText(/You left out/).waitFor();
    }
  });

  it('numeric: a known mistake gets its own feedback; text is refused; the unit may be typed', async () => {
    const { widget: q } = await openWidget(site, `${site.base}/lessons/convolution/`, '[data-quiz="convolution-floor"]');
    const input = q.locator('input[inputmode="decimal"]');
    await input.fill('four and a half');
    await q.getByRole('button', { name: 'Check', exact: true }).click();
    await q.getByText('Type a number').waitFor();
    await input.fill('5');
    await check(q, 'wrong');
    await q.getByText(/rounds up/).waitFor();
    await q.getByRole('button', { name: 'Show a hint' }).click();
    await q.getByText(/Hint:/).waitFor();
    await input.fill('4 pixels');
    await check(q, 'right');
  });

  it('ordering: items move with buttons; a wrong order counts the items in place; the right one is correct', async () => {
    const { q } = await openQuestion('order');
    const items = q.locator('ol li');
    await check(q, 'wrong'); // questions start shuffled, never solved
    await q.getByText(/of \d+ are in the right place/).waitFor();
    const target = (await solution(q)).split(' → ');
    await q.getByRole('button', { name: 'Try again' }).click();
    for (let place = 0; place < target.length; place++) {
      for (;;) {
        const texts = (await items.allTextContents()).map((t) => t.replace(/↑↓$/, '').trim());
        const at = texts.findIndex((t) => t.startsWith(target[place]));
        if (at === place) break;
        await q.getByRole('button', { name: `Move "${target[place]}" up` }).click();
      }
    }
    await check(q, 'right');
  });
});

describe('parameterised questions', () => {
  const params = async (q) => Object.fromEntries(await q.locator('[data-param]').evaluateAll((els) => els.map((e) => [e.dataset.param, e.textContent])));

  it('show this student’s numbers, grade with them, and keep them across a reload', async () => {
    const { page, q, id } = await openQuestion('parameterised');
    const mine = await params(q);
    assert.ok(Object.keys(mine).length >= 2, 'the question shows its numbers');
    const input = q.locator('input[inputmode="decimal"]');
    await input.fill('0');
    await check(q, 'wrong');
    const answer = (await solution(q)).replace(/[^\d.\u2212-]/g, '');
    await input.fill(answer);
    await check(q, 'right');
    await page.reload();
    const again = page.locator(`[data-quiz="${id}"]`);
    await again.locator('[data-param]').first().waitFor();
    assert.deepEqual(await params(again), mine);
    await verdict(again).getByText('Correct.').waitFor();

    // Other students (fresh browsers) draw other numbers.
    const others = [];
    for (let i = 0; i < 3; i++) {
      const { q: theirs } = await openQuestion('parameterised');
      await theirs.locator('[data-param]').first().waitFor();
      others.push(JSON.stringify(await params(theirs)));
    }
    assert.ok(others.some((o) => o !== JSON.stringify(mine)), 'another student sees different numbers');
  });
});

describe('a widget challenge', () => {
  it('is graded on the widget: not yet at the start, reached after setting stride 2 and padding 1', async () => {
    const { page, widget: c } = await openWidget(site, `${site.base}/lessons/convolution/`, '[data-challenge="convolution-stride-padding-challenge"]');
    await c.getByRole('button', { name: 'Check the widget' }).click();
    await c.locator('[data-verdict="wrong"]').getByText('Not yet.').waitFor();
    await c.getByRole('group', { name: 'Stride' }).getByRole('radio', { name: '2' }).check();
    await c.getByRole('button', { name: 'Check the widget' }).click();
    await c.locator('[data-feedback]').getByText(/5 × 5, not 6 × 6/).waitFor();
    await c.getByRole('group', { name: 'Padding' }).getByRole('radio', { name: '1' }).check();
    await c.getByRole('button', { name: 'Check the widget' }).click();
    await c.locator('[data-verdict="right"]').getByText('Goal reached.').waitFor();
    await page.reload();
    await page.locator('[data-challenge="convolution-stride-padding-challenge"] [data-verdict="right"]').waitFor();
    await finish(page);
  });
});

describe('progress across the course', () => {
  async function answeredPage() {
    const { page, widget: q } = await openWidget(site, `${site.base}/lessons/convolution/`, '[data-quiz="convolution-floor"]');
    await q.locator('input[inputmode="decimal"]').fill('5');
    await check(q, 'wrong');
    return page;
  }

  it('the review page lists a missed question with a link back to it', async () => {
    const page = await answeredPage();
    await page.goto(`${site.base}/review/`);
    const item = page.locator('[data-review-question="convolution-floor"]');
    await item.getByText(/missed \(1 attempt\)/).waitFor();
    await item.getByRole('link').click();
    await page.waitForURL(/\/lessons\/convolution\/#q-convolution-floor$/);
    assert.ok(await page.locator('#q-convolution-floor').isVisible());
  });

  it('a lesson with every question right gets a check mark in the sidebar and on the course map', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/review/`);
    await page.getByRole('radio', { name: 'All questions' }).check();
    const ids = await page.locator('[data-review-lesson="pooling"] [data-review-question]').evaluateAll((els) => els.map((e) => e.dataset.reviewQuestion));
    assert.ok(ids.length >= 5);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('cnn-course-progress')));
    for (const id of ids) stored.state.quizzes[id] = { response: '', correct: true, at: 1, attempts: 1 };
    await page.evaluate((s) => localStorage.setItem('cnn-course-progress', s), JSON.stringify(stored));
    await page.goto(`${site.base}/`);
    await page.locator('[data-lesson-status="pooling"] [data-lesson-check="pooling"]').waitFor();
    await page.goto(`${site.base}/lessons/convolution/`);
    await page.locator('.sidebar [data-lesson-check="pooling"]').waitFor();
    assert.equal(await page.locator('.sidebar [data-lesson-check="convolution"]').count(), 0);
  });

  it('exports progress to a file and imports it in another browser; a foreign file is refused and changes nothing', async () => {
    const page = await answeredPage();
    await page.goto(`${site.base}/review/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress (JSON)' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(exported.format, 'cnn-course-progress');
    assert.equal(exported.state.quizzes['convolution-floor'].correct, false);

    const other = await site.page();
    await other.goto(`${site.base}/review/`);
    const input = other.getByLabel('Import a progress file');
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await other.locator('[data-tools-message]').getByText(/not a CNN Course progress file.*Nothing was changed/).waitFor();
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "cnn-course-progress", "ver') });
    await other.locator('[data-tools-message]').getByText(/not valid JSON/).waitFor();
    assert.equal(await other.locator('[data-review-question="convolution-floor"][data-state="wrong"]').count(), 0);
    await input.setInputFiles(file);
    await other.locator('[data-tools-message]').getByText(/Imported 1 answer/).waitFor();
    await other.locator('[data-review-question="convolution-floor"][data-state="wrong"]').waitFor();
  });

  it('resets only after confirmation', async () => {
    const page = await answeredPage();
    await page.goto(`${site.base}/review/`);
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await page.getByRole('alertdialog').getByText(/Delete 1 saved answer/).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('[data-review-question="convolution-floor"][data-state="wrong"]').waitFor();
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await page.getByRole('button', { name: 'Yes, reset everything' }).click();
    await page.locator('[data-tools-message]').getByText('All progress was reset.').waitFor();
    assert.equal(await page.locator('[data-review-question="convolution-floor"][data-state="wrong"]').count(), 0);
    await page.reload();
    assert.equal(await page.locator('[data-review-question="convolution-floor"][data-state="wrong"]').count(), 0);
  });

  it('the review page passes axe in light and dark, and fits 360 px', async () => {
    const page = await answeredPage();
    for (const theme of ['light', 'dark']) {
      await page.goto(`${site.base}/review/`);
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      assert.deepEqual(await axeViolations(page), [], theme);
    }
    const narrow = await site.page({ width: 360, height: 740 });
    await narrow.goto(`${site.base}/review/`);
    assert.ok(await narrow.evaluate(() => document.documentElement.scrollWidth <= 360));
  });

  it('a question after a wrong answer (hint, solution open) passes axe', async () => {
    const page = await answeredPage();
    const q = page.locator('[data-quiz="convolution-floor"]');
    await q.getByRole('button', { name: 'Show a hint' }).click();
    await q.getByRole('button', { name: 'Show the solution' }).click();
    assert.deepEqual(await axeViolations(page), []);
  });
});

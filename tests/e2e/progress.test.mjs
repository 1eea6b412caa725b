// Quizzes and progress survive a reload; damaged saved progress is reset with a notice.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './harness.mjs';

let site;
before(async () => (site = await openSite()));
after(async () => site?.close());

describe('quizzes', () => {
  it('checks a single-choice answer and keeps it across a reload', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/lessons/convolution/`);
    const quiz = page.locator('[data-quiz]').filter({ has: page.locator('input[type="radio"]') }).first();
    const id = await quiz.getAttribute('data-quiz');
    await quiz.scrollIntoViewIfNeeded();
    const radios = quiz.locator('input[type="radio"]');
    await radios.nth(1).check();
    await quiz.getByRole('button', { name: 'Check' }).click();
    const feedback = quiz.locator('[role="status"]');
    await feedback.getByText(/Correct\.|Not quite\./).waitFor();
    const verdict = await feedback.textContent();

    await page.reload();
    const again = page.locator(`[data-quiz="${id}"]`);
    await page.waitForFunction((sel) => document.querySelectorAll(sel)[1]?.checked === true, `[data-quiz="${id}"] input[type="radio"]`);
    assert.equal(await again.locator('[role="status"]').textContent(), verdict);
  });

  it('checks a numeric answer, explains a non-number, and keeps the answer', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/lessons/convolution/`);
    const quiz = page.locator('[data-quiz]').filter({ has: page.locator('input[inputmode="decimal"]') }).first();
    const id = await quiz.getAttribute('data-quiz');
    const input = quiz.locator('input[inputmode="decimal"]');
    await input.fill('many');
    await quiz.getByRole('button', { name: 'Check' }).click();
    await quiz.getByText('Type a number').waitFor();
    await input.fill('3');
    await input.press('Enter');
    await quiz.getByText(/Correct\.|Not quite\./).waitFor();

    await page.reload();
    const again = page.locator(`[data-quiz="${id}"] input[inputmode="decimal"]`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.value === '3', `[data-quiz="${id}"] input[inputmode="decimal"]`);
    assert.equal(await again.inputValue(), '3');
  });

  it('shows progress on the course map', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/lessons/what-is-a-cnn/`);
    await page.getByRole('button', { name: 'Mark lesson as read' }).click();
    await page.goto(`${site.base}/`);
    await page.locator('[data-lesson-status="what-is-a-cnn"]').getByText(/^Read/).waitFor();
  });
});

describe('saved progress', () => {
  it('resets damaged data with a visible notice and keeps a copy', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/`);
    await page.locator('[data-lesson-status]').first().waitFor(); // progress has been loaded
    await page.evaluate(() => localStorage.setItem('cnn-course-progress', '{"version":2,"state":'));
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress was reset' });
    await notice.waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('cnn-course-progress.damaged')), '{"version":2,"state":');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await notice.count(), 0);
  });

  it('migrates progress saved by an older version', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/`);
    await page.locator('[data-lesson-status]').first().waitFor();
    await page.evaluate(() =>
      localStorage.setItem('cnn-course-progress', JSON.stringify({ version: 1, state: { read: ['convolution'], answers: {} } })),
    );
    await page.reload();
    await page.locator('[data-lesson-status="convolution"]').getByText(/^Read/).waitFor();
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('cnn-course-progress')));
    assert.equal(stored.version, 3);
    assert.ok(Number.isInteger(stored.state.seed), 'a seed for parameterised questions is drawn');
  });

  it('migrates version 2 answers: each counts as one attempt and is still shown', async () => {
    const page = await site.page();
    await page.goto(`${site.base}/lessons/convolution/`);
    await page.evaluate(() =>
      localStorage.setItem(
        'cnn-course-progress',
        JSON.stringify({ version: 2, state: { lessonsRead: {}, quizzes: { 'convolution-floor': { response: '5', correct: false, at: 1 } } } }),
      ),
    );
    await page.reload();
    await page.locator('[data-quiz="convolution-floor"] [data-verdict="wrong"]').getByText(/Attempt 1; saved/).waitFor();
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('cnn-course-progress')));
    assert.equal(stored.version, 3);
    assert.equal(stored.state.quizzes['convolution-floor'].attempts, 1);
  });
});

import { describe, expect, it } from 'vitest';
import { displayIndices, displayPoints, fitFrame, fmtDistance, hitTest, moveSelection, toScreen } from '@/components/widgets/EmbeddingTrainer/model';
import { issuesText } from '@/components/widgets/shared/frame/issueStrings';
import { combinationError, DEFAULT_STATE, schema } from '@/components/widgets/EmbeddingTrainer/state';
import { ISSUES, problemText } from '@/components/widgets/EmbeddingTrainer/strings';
import { DEFAULT_STATE as MT_DEFAULT, schema as multiTask } from '@/components/widgets/MultiTaskTrainer/state';

describe('EmbeddingTrainer model', () => {
  it('the display set: the first K images of each class, grouped by class', () => {
    const labels = [1, 0, 1, 0, 0, 1, 2, 2];
    expect(displayIndices(labels, 2, 3)).toEqual([1, 3, 0, 2, 6, 7]);
  });
  it('keyboard: ←/→ by one image, ↑/↓ by one class block, wrapping', () => {
    expect(moveSelection(0, 'ArrowRight', 300, 30)).toBe(1);
    expect(moveSelection(0, 'ArrowLeft', 300, 30)).toBe(299);
    expect(moveSelection(5, 'ArrowDown', 300, 30)).toBe(35);
    expect(moveSelection(5, 'ArrowUp', 300, 30)).toBe(275);
    expect(moveSelection(5, 'End', 300, 30)).toBe(299);
    expect(moveSelection(5, 'a', 300, 30)).toBeNull();
  });
  it('the frame keeps equal units on both axes and fits every point; hit testing finds the nearest point', () => {
    const p = new Float32Array([-1, 0, 3, 2, 1, -2]);
    const f = fitFrame(p, 200, 200, 10);
    for (let i = 0; i < 3; i++) {
      const [x, y] = toScreen(f, p[2 * i], p[2 * i + 1]);
      expect(x).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(x).toBeLessThanOrEqual(190 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(10 - 1e-9);
      expect(y).toBeLessThanOrEqual(190 + 1e-9);
    }
    const [x, y] = toScreen(f, 3, 2);
    expect(hitTest(p, f, x + 3, y - 2)).toBe(1);
    expect(hitTest(p, f, 0, 199)).toBe(-1);
  });
  it('cosine display puts points on the unit circle', () => {
    const d = displayPoints(new Float32Array([3, 4, 0, -2]), 'cosine');
    expect(Array.from(d)).toEqual([0.6000000238418579, 0.800000011920929, 0, -1]);
  });
  it('distances keep three significant digits', () => {
    expect(fmtDistance(1.23456)).toBe('1.235');
    expect(fmtDistance(0.000123456)).toBe('1.23e-4');
    expect(fmtDistance(0)).toBe('0');
  });
});

describe('shared links', () => {
  it('accept valid settings and explain bad ones', () => {
    expect(schema.parse({ loss: 'quadruplet', margin: 1.5, margin2: 0.5, query: 10 })).toEqual({ state: { ...DEFAULT_STATE, loss: 'quadruplet', margin: 1.5, margin2: 0.5, query: 10 }, issues: [] });
    const bad = schema.parse({ mining: 'hardest' });
    expect(bad.issues.length > 0 && issuesText(bad.issues, ISSUES)).toMatch(/mining must be one of random, semiHard, hard/);
    const far = schema.parse({ margin: 9 });
    expect(far.issues.length > 0 && issuesText(far.issues, ISSUES)).toMatch(/between 0.1 and 2/);
    // A refused link leaves the state as it was.
    expect(schema.parse({ query: 300 })).toMatchObject({ state: DEFAULT_STATE });
    expect(schema.parse({ query: 300 }).issues).not.toEqual([]);
    expect(multiTask.parse({ lambda: 1.5 }).issues).not.toEqual([]);
    expect(multiTask.parse({ lambda: 0.25 })).toEqual({ state: { ...MT_DEFAULT, lambda: 0.25 }, issues: [] });
  });
  it('a quadruplet second margin not below the first is explained, not trained', () => {
    expect(problemText(combinationError({ ...DEFAULT_STATE, loss: 'quadruplet', margin: 0.5, margin2: 0.5 })!)).toMatch(/α2 smaller than α1/);
    expect(combinationError({ ...DEFAULT_STATE, loss: 'triplet', margin: 0.5, margin2: 0.5 })).toBeNull();
  });
});

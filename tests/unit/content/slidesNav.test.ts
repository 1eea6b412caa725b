import { describe, expect, it } from 'vitest';
import { clampPosition, first, goTo, last, next, previous, searchWithSlide, slideFromSearch, swipeDirection } from '@/lib/content/slidesNav';
import { channelName, parseSyncMessage, windowId } from '@/lib/content/slidesSync';

// Three slides; the second has two build steps.
const steps = [0, 2, 0];

describe('moving through a deck', () => {
  it('reveals each step of a slide before moving on', () => {
    let p = first();
    const seen = [];
    for (let i = 0; i < 5; i++) {
      p = next(p, steps);
      seen.push(`${p.slide}.${p.step}`);
    }
    expect(seen).toEqual(['1.0', '1.1', '1.2', '2.0', '2.0']);
  });

  it('steps back, and returns to a previous slide as it was left (all steps shown)', () => {
    expect(previous({ slide: 1, step: 2 }, steps)).toEqual({ slide: 1, step: 1 });
    expect(previous({ slide: 2, step: 0 }, steps)).toEqual({ slide: 1, step: 2 });
    expect(previous(first(), steps)).toEqual(first());
  });

  it('goes to the first and last slide, and clamps positions from outside', () => {
    expect(last(steps)).toEqual({ slide: 2, step: 0 });
    expect(last([0, 3])).toEqual({ slide: 1, step: 3 });
    expect(goTo(9, steps)).toEqual({ slide: 2, step: 0 });
    expect(clampPosition({ slide: 1, step: 7 }, steps)).toEqual({ slide: 1, step: 2 });
    expect(clampPosition({ slide: -3, step: -1 }, steps)).toEqual({ slide: 0, step: 0 });
  });

  it('reads and writes the slide in the URL, 1-based, keeping other parameters', () => {
    expect(slideFromSearch('?slide=3', 10)).toBe(2);
    expect(slideFromSearch('?slide=99', 10)).toBe(9);
    expect(slideFromSearch('?slide=0', 10)).toBe(0);
    expect(slideFromSearch('?slide=abc', 10)).toBe(0);
    expect(slideFromSearch('', 10)).toBe(0);
    expect(searchWithSlide('?w.a=%7B%7D', 4)).toBe('?w.a=%7B%7D&slide=5');
    expect(searchWithSlide('?slide=2', 0)).toBe('?slide=1');
  });

  it('tells a swipe from a scroll or a tap', () => {
    expect(swipeDirection(-120, 10)).toBe(1);
    expect(swipeDirection(120, -5)).toBe(-1);
    expect(swipeDirection(-30, 0)).toBe(0);
    expect(swipeDirection(-100, 90)).toBe(0);
  });
});

describe('messages between the deck and the presenter view', () => {
  it('accepts well-formed messages', () => {
    expect(parseSyncMessage({ type: 'goto', from: 'w1', slide: 3, step: 1 })).toEqual({ type: 'goto', from: 'w1', slide: 3, step: 1 });
    expect(parseSyncMessage({ type: 'widget', from: 'w1', id: 'fc', state: { units: 5 } })).toEqual({ type: 'widget', from: 'w1', id: 'fc', state: { units: 5 } });
    expect(parseSyncMessage({ type: 'pointer', from: 'w1', x: 0.5, y: 1 })).toEqual({ type: 'pointer', from: 'w1', x: 0.5, y: 1 });
    expect(parseSyncMessage({ type: 'pointer', from: 'w1', x: null, y: null })).toEqual({ type: 'pointer', from: 'w1', x: null, y: null });
    expect(parseSyncMessage({ type: 'hello', from: 'w1', role: 'presenter' })).toEqual({ type: 'hello', from: 'w1', role: 'presenter' });
  });

  it('refuses malformed ones, and drops bad widget entries from a snapshot', () => {
    for (const bad of [
      null,
      'goto',
      { type: 'goto', slide: 1, step: 0 },
      { type: 'goto', from: 'w', slide: -1, step: 0 },
      { type: 'goto', from: 'w', slide: 1.5, step: 0 },
      { type: 'widget', from: 'w', id: '', state: {} },
      { type: 'widget', from: 'w', id: 'a', state: 3 },
      { type: 'pointer', from: 'w', x: 2, y: 0 },
      { type: 'pointer', from: 'w', x: 0.2, y: null },
      { type: 'hello', from: 'w', role: 'admin' },
      { type: 'reload', from: 'w' },
    ]) {
      expect(parseSyncMessage(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(parseSyncMessage({ type: 'snapshot', from: 'a', to: 'b', slide: 2, step: 0, widgets: { ok: { x: 1 }, bad: 5 } })).toEqual({
      type: 'snapshot',
      from: 'a',
      to: 'b',
      slide: 2,
      step: 0,
      widgets: { ok: { x: 1 } },
    });
  });

  it('names one channel per lesson and distinct windows', () => {
    expect(channelName('pooling')).toBe('cnn-course:pooling');
    let i = 0;
    const seq = () => [0.1, 0.7][i++ % 2];
    expect(windowId(seq)).not.toBe(windowId(seq));
  });
});

import { describe, expect, it } from 'vitest';
import { createWidgetStore, readSharedState, shareUrl } from '@/lib/store/widgetState';

describe('shareable widget state', () => {
  it('puts a widget state into a link and reads it back', () => {
    const url = shareUrl('https://course.example/lessons/convolution/?w.other=1#top', 'stepper-edge', { stride: 2, kernel: 'sobel-x' });
    const parsed = new URL(url);
    expect(parsed.hash).toBe('#stepper-edge');
    expect(parsed.searchParams.get('w.other')).toBe('1');
    expect(readSharedState(parsed.search, 'stepper-edge')).toEqual({ raw: { stride: 2, kernel: 'sobel-x' } });
    expect(readSharedState(parsed.search, 'another-widget')).toBeUndefined();
  });

  it('reports a damaged link instead of throwing', () => {
    expect(readSharedState('?w.a=%7Bnot-json', 'a')).toEqual({ error: expect.stringContaining('damaged') });
  });

  it('keeps each instance in its own store', () => {
    const a = createWidgetStore({ stride: 1 });
    const b = createWidgetStore({ stride: 1 });
    a.getState().set({ stride: 3 });
    expect(a.getState().state.stride).toBe(3);
    expect(b.getState().state.stride).toBe(1);
    a.getState().reset();
    expect(a.getState().state.stride).toBe(1);
  });
});

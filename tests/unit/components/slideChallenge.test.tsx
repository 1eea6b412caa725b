import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SlideChallenge } from '@/components/slides/SlideChallenge';

describe('a widget challenge in the deck', () => {
  it('shows its goal and leaves out the widget copy and the grading', () => {
    const Widget = () => createElement('div', { 'data-widget': 'ConvolutionStepper' });
    const html = renderToStaticMarkup(createElement(SlideChallenge, null, createElement('p', { key: 'g' }, 'Make it 6 × 6.'), createElement(Widget, { key: 'w' })));
    expect(html).toContain('Make it 6 × 6.');
    expect(html).not.toContain('data-widget');
    expect(html).not.toContain('Check the widget');
  });
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { scaleLinear } from 'd3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BandX, Bars, ChartFrame, Dots, PlotLabel, RuleX, RuleY, chartSlider, histogramBars, histogramOutline, stackPanels, type ChartSize } from '@/components/ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement | undefined;
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  [root, container] = [undefined, undefined];
});

function render(node: React.ReactNode) {
  const box = document.createElement('div');
  document.body.append(box);
  const r = createRoot(box);
  [root, container] = [r, box];
  act(() => r.render(node));
  return box;
}

const size: ChartSize = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 40 }, left: 40, right: 390, top: 10, bottom: 170 };

describe('the chart kit marks', () => {
  it('stackPanels cuts the plot into panels that share x and keep the gap between them', () => {
    const [a, b] = stackPanels(size, 2, 20);
    expect([a.top, a.bottom, b.top, b.bottom]).toEqual([10, 80, 100, 170]);
    expect([a.left, a.right, b.left, b.right]).toEqual([40, 390, 40, 390]);
    expect(b.height).toBe(size.height);
  });

  it('histogram bars and outline cover lo to hi in equal bins; an empty bin draws no bar', () => {
    expect(histogramBars([1, 0, 3], 0, 3)).toEqual([
      { x0: 0, x1: 1, y: 1 },
      { x0: 1, x1: 2, y: 0 },
      { x0: 2, x1: 3, y: 3 },
    ]);
    expect(histogramOutline([2], -1, 1)).toEqual([[-1, 0], [-1, 2], [1, 2], [1, 0]]);
    const x = scaleLinear().domain([0, 3]).range([0, 300]);
    const y = scaleLinear().domain([0, 3]).range([100, 0]);
    const box = render(
      <svg>
        <Bars bars={histogramBars([1, 0, 3], 0, 3)} x={x} y={y} />
      </svg>,
    );
    expect(box.querySelectorAll('rect')).toHaveLength(2);
  });

  it('rules, bands, dots and labels place themselves in the plot', () => {
    const x = scaleLinear().domain([0, 1]).range([size.left, size.right]);
    const box = render(
      <svg>
        <RuleX x={100} plot={size} />
        <RuleY y={50} plot={size} kind="threshold" label="5% of max" />
        <BandX x1={60} x2={50} plot={size} data-saturated="a" />
        <Dots points={[[0.5, 0.5], [Number.NaN, 1]]} x={x} y={x} />
        <PlotLabel plot={size} at={[380, 40]} text="f = 0.818" />
      </svg>,
    );
    const [vertical, horizontal] = box.querySelectorAll('line');
    expect([vertical.getAttribute('y1'), vertical.getAttribute('y2')]).toEqual(['10', '170']);
    expect([horizontal.getAttribute('x1'), horizontal.getAttribute('x2')]).toEqual(['40', '390']);
    expect(box.querySelector('[data-saturated]')?.getAttribute('width')).toBe('10');
    expect(box.querySelectorAll('circle')).toHaveLength(1);
    // No room to the right of a point near the right edge: the label goes to its left.
    const label = [...box.querySelectorAll('text')].find((t) => t.textContent === 'f = 0.818')!;
    expect(label.getAttribute('text-anchor')).toBe('end');
  });

  it('chartSlider: a focusable slider with its value in words; keys move the value, other keys do nothing', () => {
    const onChange = vi.fn();
    const box = render(
      <ChartFrame
        alt="A curve."
        height={100}
        fallbackWidth={400}
        canvasProps={chartSlider({ label: 'x', min: 0, max: 10, value: 5, valueText: 'x is 5', onKey: (key) => (key === 'ArrowRight' ? 6 : null), fromX: (px) => px / 10, onChange })}
      >
        {() => null}
      </ChartFrame>,
    );
    const slider = box.querySelector<HTMLElement>('[role=slider]')!;
    expect(slider.getAttribute('aria-valuetext')).toBe('x is 5');
    expect(slider.tabIndex).toBe(0);
    act(() => {
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    });
    expect(onChange.mock.calls).toEqual([[6]]);
  });
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { guarded } from '@/components/widgets/shared/frame/guarded';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Broken(): never {
  throw new Error('kernel matrix has the wrong shape');
}

let container: HTMLDivElement;
afterEach(() => container?.remove());

function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  return root;
}

describe('WidgetFrame', () => {
  it('keeps a failing widget inside its box: the lesson around it stays', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <main>
        <p>Lesson text before.</p>
        <WidgetFrame name="ConvolutionStepper" id="broken" title="A stepper" state={{}}>
          <Broken />
        </WidgetFrame>
        <p>Lesson text after.</p>
      </main>,
    );
    expect(container.textContent).toContain('Lesson text before.');
    expect(container.textContent).toContain('Lesson text after.');
    const alert = container.querySelector('[data-widget="ConvolutionStepper"] [role="alert"]');
    expect(alert?.textContent).toContain('This ConvolutionStepper widget stopped working');
    expect(alert?.textContent).toContain('kernel matrix has the wrong shape');
    vi.restoreAllMocks();
  });

  it('catches a throw in the state hook too: the guard wraps the whole widget, not only its body', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function useBrokenLink(): never {
      throw new Error('a crafted link');
    }
    function HookThrows({ id }: { id: string }) {
      useBrokenLink();
      return (
        <WidgetFrame name="HookThrows" id={id} title="Never drawn" state={{}}>
          <p>never</p>
        </WidgetFrame>
      );
    }
    const Guarded = guarded('HookThrows', HookThrows);
    render(
      <main>
        <p>Lesson text before.</p>
        <Guarded id="hook" />
        <p>Lesson text after.</p>
      </main>,
    );
    expect(container.textContent).toContain('Lesson text after.');
    const box = container.querySelector('section#hook[data-widget="HookThrows"][data-ready] [role="alert"]');
    expect(box?.textContent).toContain('This HookThrows widget stopped working');
    expect(box?.textContent).toContain('a crafted link');
    vi.restoreAllMocks();
  });

  it('puts the widget state into the address bar when the clipboard is refused', async () => {
    window.history.replaceState(null, '', '/lessons/convolution/');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    render(
      <WidgetFrame name="ConvCostCounter" id="cost" title="Cost" state={{ stride: 2 }}>
        <p>counter</p>
      </WidgetFrame>,
    );
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Copy link')!;
    await act(async () => button.click());
    const url = new URL(window.location.href);
    expect(JSON.parse(url.searchParams.get('w.cost')!)).toEqual({ stride: 2 });
    expect(url.hash).toBe('#cost');
    expect(container.querySelector('[role="status"]')?.textContent).toContain('address bar');
  });

  it('marks itself ready once hydrated, and not in the server-rendered HTML', async () => {
    const { renderToString } = await import('react-dom/server');
    const html = renderToString(
      <WidgetFrame name="ConvCostCounter" id="ready" title="Cost" state={{}}>
        <p>counter</p>
      </WidgetFrame>,
    );
    expect(html).not.toContain('data-ready');
    render(
      <WidgetFrame name="ConvCostCounter" id="ready" title="Cost" state={{}}>
        <p>counter</p>
      </WidgetFrame>,
    );
    expect(container.querySelector('[data-widget="ConvCostCounter"]')?.hasAttribute('data-ready')).toBe(true);
  });
});

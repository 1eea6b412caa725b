// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchitectureExplorer } from '@/components/widgets/ArchitectureExplorer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// happy-dom has no ResizeObserver; the widget only needs it to measure its width.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

let container: HTMLDivElement;
afterEach(() => container?.remove());

function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(node));
}

const key = (el: Element, k: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
const detail = () => container.querySelector('[data-part="detail"]')!.textContent ?? '';

describe('ArchitectureExplorer in a page', () => {
  it('explains an unknown network in place and still offers the list', () => {
    render(<ArchitectureExplorer id="x" network="vgg17" chart={false} />);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The catalogue has no network "vgg17"');
    expect(alert?.textContent).toContain('vgg16');
    expect(container.querySelectorAll('select option').length).toBeGreaterThan(22);
    expect(container.querySelector('table')).toBeNull();
  });

  it('says which blocks it could not open and shows the network anyway', () => {
    render(<ArchitectureExplorer id="x" network="googlenet" expand="inception3a, inception9z" chart={false} />);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('GoogLeNet (Inception v1) has no block named "inception9z"');
    const open = [...container.querySelectorAll('button[aria-expanded="true"]')].map((b) => b.textContent);
    expect(open).toEqual(['▾inception3a']);
  });

  it('walks the diagram with the keyboard and opens and closes a block', () => {
    render(<ArchitectureExplorer id="x" network="resnet18" exact chart={false} />);
    const figure = container.querySelector('[data-part="diagram"]')!;
    expect(detail()).toBe('Input image 224×224×3: 150,528 values.');
    key(figure, 'ArrowRight');
    expect(detail()).toMatch(/^stem, stage of 4 layers \(closed\)/);
    key(figure, 'Enter');
    // Opening moves the pointer to the block's first layer: torchvision's 7×7 convolution of 64 kernels on 3 channels, no bias.
    expect(detail()).toContain(`Opened stem. stem.conv1, conv 7×7/2, 64: 224×224×3 → 112×112×64; ${(7 * 7 * 3 * 64).toLocaleString('en-US')} parameters`);
    expect(container.querySelector('button[aria-expanded="true"]')?.textContent).toContain('stem');
    key(figure, 'ArrowRight');
    expect(detail()).toMatch(/^stem\.bn1, batch norm: .*; 128 parameters/);
    key(figure, 'Escape');
    expect(detail()).toMatch(/^Closed stem\. stem, stage of 4 layers \(closed\)/);
    expect(container.querySelector('button[aria-expanded="true"]')).toBeNull();
    key(figure, 'End');
    expect(detail()).toContain(`fc, fc 1000: 512 → 1000; ${(512 * 1000 + 1000).toLocaleString('en-US')} parameters`);
  });

  it('opens a block from its disclosure button in the table', () => {
    render(<ArchitectureExplorer id="x" network="vgg16" chart={false} />);
    const rows = () => container.querySelectorAll('tbody tr').length;
    const before = rows();
    const button = [...container.querySelectorAll('button[aria-expanded]')].find((b) => b.textContent?.includes('stage3'))!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => (button as HTMLButtonElement).click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // stage3: three convolutions, three ReLUs and a pool.
    expect(rows()).toBe(before + 7);
  });
});

// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { LossExplorer, LOSS_EXPLORER_PARTS } from '@/components/widgets/LossExplorer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
afterEach(() => container?.remove());

function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(node));
}

describe('LossExplorer', () => {
  it('explains an unknown part in place, naming the parts it has', () => {
    // @ts-expect-error: a lesson author's typo, as MDX would pass it
    render(<LossExplorer part="hinge" id="x" />);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('no part called "hinge"');
    for (const part of LOSS_EXPLORER_PARTS) expect(alert?.textContent).toContain(part);
  });

  it('marks the regression part as LossExplorer, with its part named', () => {
    render(<LossExplorer part="regression" id="losses-regression" />);
    const root = container.querySelector('[data-widget="LossExplorer"]');
    expect(root?.getAttribute('data-part')).toBe('regression');
    expect(root?.id).toBe('losses-regression');
  });
});

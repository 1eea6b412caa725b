// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { scaleLinear } from 'd3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Alert, AxisBottom, AxisLeft, Button, ChartFrame, Checkbox, Legend, LinePath, NumberField, Segmented, SelectField, Slider } from '@/components/ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(node: React.ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(node));
}

const input = (sel: string) => container.querySelector<HTMLInputElement>(sel)!;

describe('the UI kit', () => {
  it('Segmented: a named radio group, the value checked, a choice reported, disabled options refused', () => {
    const onChange = vi.fn();
    render(<Segmented legend="Stride" options={[1, 2, 3]} value={2} onChange={onChange} disabled={(v) => v === 3} variant="segments" />);
    expect(container.querySelector('legend')?.textContent).toBe('Stride');
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.checked)).toEqual([false, true, false]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(radios[2].disabled).toBe(true);
    act(() => radios[0].click());
    expect(onChange).toHaveBeenCalledWith(1);
  });

  it('Slider: labelled, its value shown and spoken in the given format', () => {
    const onChange = vi.fn();
    render(<Slider label="Margin" value={0.5} min={0} max={2} step={0.1} onChange={onChange} format={(v) => v.toFixed(1)} />);
    const range = input('input[type=range]');
    expect(container.querySelector(`label[for="${range.id}"]`)?.textContent).toBe('Margin');
    expect(range.getAttribute('aria-valuetext')).toBe('0.5');
    expect(container.querySelector('output')?.textContent).toBe('0.5');
  });

  it('NumberField: reports NaN for an empty field, and shows a value set from outside', () => {
    const onChange = vi.fn();
    render(<NumberField label="Channels" value={3} onChange={onChange} invalid errorId="why" />);
    const field = input('input[type=number]');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('why');
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(field, '');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(Number.isNaN(onChange.mock.calls.at(-1)?.[0])).toBe(true);
    act(() => root.render(<NumberField label="Channels" value={64} onChange={onChange} />));
    expect(input('input[type=number]').value).toBe('64');
  });

  it('SelectField gives numbers back as numbers; Checkbox reports its state', () => {
    const pick = vi.fn();
    const check = vi.fn();
    render(
      <>
        <SelectField label="Epochs" value={2} options={[1, 2, 5]} format={(n) => `${n} epochs`} onChange={pick} />
        <Checkbox label="Dropout" checked={false} onChange={check} />
      </>,
    );
    const select = container.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['1 epochs', '2 epochs', '5 epochs']);
    act(() => {
      select.value = '5';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(pick).toHaveBeenCalledWith(5);
    act(() => input('input[type=checkbox]').click());
    expect(check).toHaveBeenCalledWith(true);
  });

  it('Legend draws a mark per series; Alert is announced; Button has one primary style', () => {
    render(
      <>
        <Legend items={[{ label: 'train', color: 'var(--accent)', mark: 'line' }, { label: 'test', color: 'var(--highlight)', mark: 'dashed', value: '81 %' }]} />
        <Alert title="No numbers.">Stride must be at least 1.</Alert>
        <Button variant="primary">Train</Button>
      </>,
    );
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['train', 'test81 %']);
    expect(container.querySelector('li:nth-child(2) line')?.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(container.querySelector('[role=alert]')?.textContent).toBe('No numbers. Stride must be at least 1.');
    expect(container.querySelector('button')?.dataset.variant).toBe('primary');
  });

  it('ChartFrame: the text alternative, axes with ticks at 12 px or more, and a prompt before there is data', () => {
    const draw = (empty?: string) => (
      <ChartFrame alt="Loss falls from 2.3 to 0.4." height={200} fallbackWidth={400} empty={empty}>
        {(size) => {
          const x = scaleLinear().domain([0, 10]).range([size.left, size.right]);
          const y = scaleLinear().domain([0, 3]).range([size.bottom, size.top]);
          return (
            <>
              <AxisBottom scale={x} size={size} ticks={[0, 5, 10]} label="epoch" />
              <AxisLeft scale={y} size={size} ticks={3} />
              <LinePath points={[[0, 2.3], [10, 0.4]]} x={x} y={y} />
            </>
          );
        }}
      </ChartFrame>
    );
    render(draw());
    expect(container.textContent).toContain('Loss falls from 2.3 to 0.4.');
    const xTicks = [...container.querySelectorAll('[data-axis=x] text')].map((t) => t.textContent);
    expect(xTicks).toEqual(['0', '5', '10', 'epoch']);
    expect(container.querySelector('path')?.getAttribute('d')).toMatch(/^M52,/);
    act(() => root.render(draw('Train to see the curve.')));
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).toContain('Train to see the curve.');
  });
});

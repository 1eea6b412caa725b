import type { ReactNode } from 'react';
import s from './Legend.module.css';

/** How a series is drawn, so the key matches the mark (and does not rely on colour alone). */
export type LegendMark = 'square' | 'line' | 'dashed' | 'dotted' | 'circle' | 'triangle' | 'diamond' | 'cross';

export interface LegendItem {
  label: ReactNode;
  /** A CSS colour (a var(--…) of the theme). */
  color?: string;
  /** The chart's own mark, drawn instead of `mark` where the chart draws something the kit has no mark for. */
  swatch?: ReactNode;
  mark?: LegendMark;
  /** A value shown after the label (the last point of a curve). */
  value?: ReactNode;
  /** Drawn faded (an earlier run). */
  faded?: boolean;
}

function Mark({ mark, color }: { mark: LegendMark; color: string }) {
  const common = { width: 18, height: 12, viewBox: '0 0 18 12', 'aria-hidden': true, className: s.mark } as const;
  switch (mark) {
    case 'line':
    case 'dashed':
    case 'dotted':
      return (
        <svg {...common}>
          <line x1={1} x2={17} y1={6} y2={6} stroke={color} strokeWidth={3} strokeDasharray={mark === 'dashed' ? '4 3' : mark === 'dotted' ? '0.1 4.5' : undefined} strokeLinecap={mark === 'dotted' ? 'round' : undefined} />
        </svg>
      );
    case 'circle':
      return (
        <svg {...common}>
          <circle cx={9} cy={6} r={5} fill={color} />
        </svg>
      );
    case 'triangle':
      return (
        <svg {...common}>
          <path d="M9 1 L15 11 L3 11 Z" fill={color} />
        </svg>
      );
    case 'diamond':
      return (
        <svg {...common}>
          <path d="M9 0.5 L14.5 6 L9 11.5 L3.5 6 Z" fill={color} />
        </svg>
      );
    case 'cross':
      return (
        <svg {...common}>
          <path d="M7 0.5 H11 V4 H14.5 V8 H11 V11.5 H7 V8 H3.5 V4 H7 Z" fill={color} />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <rect x={3} y={0.5} width={11} height={11} rx={2} fill={color} />
        </svg>
      );
  }
}

/** A chart's key: each series' mark and name, in one row that wraps. */
export function Legend({ items, title, className }: { items: readonly LegendItem[]; title?: string; className?: string }) {
  return (
    <div className={`${s.legend} ${className ?? ''}`}>
      {title ? <span className={s.title}>{title}</span> : null}
      <ul className={s.items}>
        {items.map((item, i) => (
          <li key={i} className={item.faded ? s.faded : undefined}>
            {item.swatch ?? <Mark mark={item.mark ?? 'square'} color={item.color ?? 'currentColor'} />}
            <span>{item.label}</span>
            {item.value !== undefined ? <span className={s.value}>{item.value}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The frame of every diagram: a <figure> holding one or more SVG panels (each its own picture
 * with a title and a description for screen readers) and an optional visible caption. Panels sit
 * side by side where there is room and stack on a phone; each grows to 1.5 × its viewBox size,
 * so 14-unit text reads at about 21 px on a projector and never much below 12 px at 360 px.
 */
import { useId, type ReactNode } from 'react';
import styles from './diagram.module.css';

export const PANEL_SCALE = 1.5;

export function DiagramFigure({ caption, children, testId }: { caption?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <figure className={`diagram ${styles.figure}`} data-diagram={testId}>
      <div className={styles.panels}>{children}</div>
      {caption ? <figcaption className={styles.caption}>{caption}</figcaption> : null}
    </figure>
  );
}

export interface PanelProps {
  width: number;
  height: number;
  title: string;
  description: string;
  /** Largest size as a multiple of the viewBox (default 1.5). */
  scale?: number;
  /** Width it asks for before panels wrap, as a multiple of the viewBox (default 1): below 1 lets small panels pair up on a phone. */
  basis?: number;
  /** 'wide' or 'narrow': this panel is one of two layouts of the same picture, chosen by the figure's width. */
  only?: 'wide' | 'narrow';
  /** Another class (a figure's own breakpoint for its two layouts). */
  className?: string;
  children: ReactNode;
}

export function DiagramPanel({ width, height, title, description, scale = PANEL_SCALE, basis = 1, only, className, children }: PanelProps) {
  const id = useId();
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-labelledby={`${id}t ${id}d`}
      className={`${styles.panel} ${only === 'wide' ? styles.wideOnly : only === 'narrow' ? styles.narrowOnly : ''} ${className ?? ''}`}
      style={{ flexBasis: Math.round(w * basis), maxWidth: Math.round(w * scale) }}
      fontFamily="var(--font-body)"
    >
      <title id={`${id}t`}>{title}</title>
      <desc id={`${id}d`}>{description}</desc>
      {children}
    </svg>
  );
}

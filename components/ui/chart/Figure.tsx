import type { HTMLAttributes, ReactNode } from 'react';
import c from './chart.module.css';

export interface FigureProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** A heading above the figure. */
  title?: ReactNode;
  /** Above the content (a legend). */
  legend?: ReactNode;
  /** A caption under it (units, what the marks mean). */
  caption?: ReactNode;
  /** The caption above the content instead (it says what to look for first). */
  captionAbove?: boolean;
  /** The text alternative: what the figure shows, in words (read by screen readers only). */
  alt?: ReactNode;
  children: ReactNode;
}

/** The kit's figure: title, legend, the content (an SVG chart, bars or images drawn in HTML), caption and text alternative, one look for all. */
export function Figure({ title, legend, caption, captionAbove, alt, className, children, ...rest }: FigureProps) {
  const figcaption = caption ? <figcaption className={c.caption}>{caption}</figcaption> : null;
  return (
    <figure className={`${c.figure} ${className ?? ''}`} {...rest}>
      {title ? <div className={c.title}>{title}</div> : null}
      {captionAbove ? figcaption : null}
      {legend}
      {children}
      {captionAbove ? null : figcaption}
      {alt ? <p className="visually-hidden">{alt}</p> : null}
    </figure>
  );
}

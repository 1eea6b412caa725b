'use client';
import type { HTMLAttributes, ReactNode, SVGProps } from 'react';
import { useElementWidth } from '../useElementWidth';
import { Figure } from './Figure';
import c from './chart.module.css';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What a chart's marks need to place themselves: the measured size and the plot area inside the margins. */
export interface ChartSize {
  width: number;
  height: number;
  margin: Margin;
  /** The plot area, in SVG pixels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartFrameProps {
  /** The text alternative: what the chart shows, in words (read by screen readers). */
  alt: string;
  /** Height in pixels; may depend on the measured width (shorter on a phone). */
  height: number | ((width: number) => number);
  margin?: Partial<Margin>;
  /** A heading above the chart. */
  title?: ReactNode;
  /** A caption under it (units, what the marks mean). */
  caption?: ReactNode;
  /** The caption above the chart instead (it says what to look for first). */
  captionAbove?: boolean;
  /** Before there is anything to draw (no run yet): a short prompt instead of empty axes. */
  empty?: ReactNode;
  /** Above the plot (a legend). */
  legend?: ReactNode;
  /** Width used before the first measure (server rendering). */
  fallbackWidth?: number;
  /** Drawn at least this wide: on a narrower screen the chart scrolls sideways. */
  minWidth?: number;
  className?: string;
  svgProps?: SVGProps<SVGSVGElement>;
  /** Attributes of the element the SVG sits in (a chart that is also a control: `chartSlider`); may depend on the size. */
  canvasProps?: HTMLAttributes<HTMLDivElement> | ((size: ChartSize) => HTMLAttributes<HTMLDivElement>);
  children: (size: ChartSize) => ReactNode;
}

const DEFAULT_MARGIN: Margin = { top: 12, right: 16, bottom: 34, left: 52 };

/**
 * The one frame every chart sits in: a figure with its title, legend and caption, an SVG drawn at
 * the measured width (so text stays at real pixels on a phone), and the chart's text alternative.
 */
export function ChartFrame({ alt, height, margin, title, caption, captionAbove, empty, legend, fallbackWidth = 640, minWidth = 0, className, svgProps, canvasProps, children }: ChartFrameProps) {
  const [ref, measured] = useElementWidth<HTMLDivElement>(fallbackWidth);
  const width = Math.max(measured, minWidth);
  const m = { ...DEFAULT_MARGIN, ...margin };
  const h = typeof height === 'function' ? height(width) : height;
  const size: ChartSize = { width, height: h, margin: m, left: m.left, right: Math.max(m.left + 20, width - m.right), top: m.top, bottom: Math.max(m.top + 20, h - m.bottom) };
  const canvas = typeof canvasProps === 'function' ? canvasProps(size) : canvasProps;
  return (
    <Figure title={title} legend={legend} caption={caption} captionAbove={captionAbove} alt={empty ? null : alt} className={className}>
      <div {...(empty ? undefined : canvas)} ref={ref} className={`${c.canvas} ${minWidth ? c.scroll : ''} ${(!empty && canvas?.className) || ''}`}>
        {empty ? (
          <p className={c.empty} style={{ minHeight: h }}>
            {empty}
          </p>
        ) : (
          <svg width={size.width} height={h} className={c.svg} aria-hidden="true" {...svgProps}>
            {children(size)}
          </svg>
        )}
      </div>
    </Figure>
  );
}

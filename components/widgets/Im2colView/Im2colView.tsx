'use client';
import type { ConvTrace } from '@/lib/compute/types';
import { Im2colSection } from '@/components/widgets/shared/im2col/Im2colSection';
import type { InputImage } from '@/components/widgets/shared/stepper/presets';
import { Im2colStandalone } from './Im2colStandalone';
import { strings } from './strings';

export interface Im2colViewProps {
  /** Standalone: unique on the page; the key of a shared link. */
  id?: string;
  title?: string;
  /** Standalone: starting padding (0 or 1) and stride (1 or 2). */
  padding?: unknown;
  stride?: unknown;
  /** Linked: a stepper's trace, its input and its current window. */
  trace?: ConvTrace;
  image?: InputImage;
  step?: number;
  onStepChange?: (p: number) => void;
}

/**
 * The im2col matrix view. With `trace` and `image` it is drawn without a frame of its own and
 * choosing a column moves the caller (the convolution stepper draws shared/im2col directly);
 * otherwise it is a widget of its own.
 */
export function Im2colView(props: Im2colViewProps) {
  const { trace, image } = props;
  if (trace && image)
    return <Im2colSection title={props.title} trace={trace} image={image} step={props.step ?? 0} onStepChange={(p) => props.onStepChange?.(p)} />;
  return <Im2colStandalone id={props.id ?? 'im2col'} title={props.title ?? strings.title} props={props as Readonly<Record<string, unknown>>} />;
}

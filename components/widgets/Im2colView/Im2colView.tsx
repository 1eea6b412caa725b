'use client';
import type { ConvTrace } from '@/lib/compute/types';
import type { InputImage } from '../ConvolutionStepper/presets';
import { Im2colBody } from './Im2colBody';
import { Im2colStandalone } from './Im2colStandalone';
import { strings } from './strings';
import styles from './Im2colView.module.css';
import ui from '../shared/widgetUi.module.css';

export interface Im2colViewProps {
  /** Standalone: unique on the page; the key of a shared link. */
  id?: string;
  title?: string;
  /** Standalone: starting padding (0 or 1) and stride (1 or 2). */
  padding?: number;
  stride?: number;
  /** Linked (inside a ConvolutionStepper): the stepper's trace, its input and its current window. */
  trace?: ConvTrace;
  image?: InputImage;
  step?: number;
  onStepChange?: (p: number) => void;
}

/**
 * The im2col matrix view. With `trace` and `image` it is drawn inside a stepper, without a frame
 * of its own, and choosing a column moves the stepper; otherwise it is a widget of its own.
 */
export function Im2colView(props: Im2colViewProps) {
  const { trace, image } = props;
  if (trace && image) {
    const id = props.id ?? 'im2col';
    return (
      <section className={`${ui.focusScope} ${styles.linked}`} aria-label={strings.linkedTitle}>
        <h4 className={styles.linkedTitle}>{props.title ?? strings.linkedTitle}</h4>
        <Im2colBody idBase={id} trace={trace} image={image} column={props.step ?? 0} onSelect={(p) => props.onStepChange?.(p)} />
      </section>
    );
  }
  return <Im2colStandalone id={props.id ?? 'im2col'} title={props.title ?? strings.title} padding={props.padding} stride={props.stride} />;
}

'use client';
import type { ConvTrace } from '@/lib/compute/types';
import type { InputImage } from '@/components/widgets/shared/stepper/presets';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import { Im2colBody } from './Im2colBody';
import { strings } from './strings';
import styles from './im2col.module.css';

interface Props {
  title?: string;
  /** The stepper's trace, its input and its current window; choosing a column moves the stepper. */
  trace: ConvTrace;
  image: InputImage;
  step: number;
  onStepChange: (p: number) => void;
}

/** The im2col figure drawn inside a stepper, without a frame of its own. */
export function Im2colSection({ title, trace, image, step, onStepChange }: Props) {
  return (
    <section className={`${ui.focusScope} ${styles.linked}`} aria-label={strings.linkedTitle}>
      <h4 className={styles.linkedTitle}>{title ?? strings.linkedTitle}</h4>
      <Im2colBody trace={trace} image={image} column={step} onSelect={onStepChange} />
    </section>
  );
}

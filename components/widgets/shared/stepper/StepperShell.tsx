import type { CSSProperties, ReactNode, RefObject } from 'react';
import { Playback } from './Playback';
import type { SPEEDS } from './speeds';
import { strings } from './strings';
import type { Stepping } from './useStepping';
import styles from './stepper.module.css';
import ui from '../widgetUi.module.css';

interface Props {
  idBase: string;
  rootRef: RefObject<HTMLDivElement | null>;
  /** The widget's own class on the root (its layout). */
  className?: string;
  /** Lay the widget out for a slide (see the convolution stepper's CSS). */
  slideLayout?: boolean;
  stepping: Stepping;
  /** Output width: the playback bar names a position by its row and column. */
  outW: number;
  speed: number;
  onSpeed: (s: (typeof SPEEDS)[number]) => void;
  controls: ReactNode;
  /** The figure, given the id of the key hint that describes it. */
  stage: (hintId: string) => ReactNode;
  /** The current window in words: shown as a caption, and spoken when not playing. */
  said: string;
  /** Below the caption (the output-size formula, the im2col view). */
  children?: ReactNode;
}

/** What every stepper is: its controls, the playback bar, the key hint, the figure and its caption. */
export function StepperShell({ idBase, rootRef, className, slideLayout, stepping, outW, speed, onSpeed, controls, stage, said, children }: Props) {
  const { step, total, player, goTo } = stepping;
  const hintId = `${idBase}-keys`;
  const stepMs = `${Math.round(Math.min(180, 600 / speed))}ms`;
  return (
    <div
      ref={rootRef}
      className={`${ui.focusScope} ${styles.root} ${className ?? ''}`}
      style={{ '--step-ms': stepMs } as CSSProperties}
      data-slide-layout={slideLayout ? '' : undefined}
    >
      {controls}
      <Playback step={step} total={total} outW={outW} playing={player.playing} speed={speed} onToggle={player.toggle} onStep={goTo} onSpeed={onSpeed} />
      <p id={hintId} className={styles.hint}>
        {strings.keyHint}
      </p>
      {stage(hintId)}
      <p className={styles.caption} aria-hidden="true">
        {said}
      </p>
      <p className={styles.srOnly} aria-live="polite">
        {player.playing ? '' : said}
      </p>
      {children}
    </div>
  );
}

/** The output-size formula under the figure, in an inset box (its lines are the widget's). */
export function FormulaSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={ui.inset} aria-label={title}>
      <h4 className={styles.panelTitle}>{title}</h4>
      {children}
    </section>
  );
}

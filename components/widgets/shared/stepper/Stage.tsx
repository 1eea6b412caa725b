import type { KeyboardEvent, ReactNode } from 'react';
import { Alert } from '@/components/ui';
import { stepByKey, type Geometry } from './geometry';
import type { ImageStatus } from './useInputImage';
import stage from './stage.module.css';
import styles from './stepper.module.css';
import ui from '../widgetUi.module.css';

interface FrameProps {
  /** The widget's layout class (its grid areas). */
  className: string;
  label: string;
  hintId: string;
  /** The figure in one sentence, for screen readers. */
  summary: string;
  geometry: Geometry | null;
  blocked: string | null;
  step: number;
  onStep: (p: number) => void;
  children: ReactNode;
}

/** The stepper's figure: one focusable group whose arrow keys, Home and End move the window. */
export function StageFrame({ className, label, hintId, summary, geometry, blocked, step, onStep, children }: FrameProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!geometry || blocked || e.target !== e.currentTarget) return;
    const next = stepByKey(e.key, step, geometry);
    if (next === null) return;
    e.preventDefault();
    onStep(next);
  };
  return (
    <div className={`${stage.stage} ${className}`} tabIndex={0} role="group" aria-label={label} aria-describedby={hintId} onKeyDown={onKeyDown}>
      <p className={styles.srOnly}>{summary}</p>
      {children}
    </div>
  );
}

interface PanelProps {
  /** Its place in the figure's grid; or the widget's own class (`className`) for a place of its own. */
  area?: 'input' | 'detail' | 'output';
  className?: string;
  title: string;
  /** A line under the content; none while there is nothing to explain. */
  legend?: string;
  part?: string;
  children: ReactNode;
}

/** One titled part of the figure (the input, this window, the output). */
export function StagePanel({ area, className, title, legend, part, children }: PanelProps) {
  return (
    <section className={`${styles.panel} ${area ? stage[`${area}Area`] : ''} ${className ?? ''}`} data-part={part}>
      <h4 className={styles.panelTitle}>{title}</h4>
      {children}
      {legend ? <p className={styles.legend}>{legend}</p> : null}
    </section>
  );
}

/** What stands in for a part that is not ready: a quiet line, or an alert. */
export function Pending({ text, alert = false }: { text: string; alert?: boolean }) {
  return alert ? <Alert>{text}</Alert> : <p className={ui.loading}>{text}</p>;
}

/** Why the whole figure is empty (a bad cell, a kernel too large, the engine failed). */
export function Blocked({ text }: { text: string }) {
  return <Alert className={stage.blocked}>{text}</Alert>;
}

interface ImageWords {
  loadingPhoto: string;
  photoFailed: (why: string) => string;
  customInput: { waiting: string };
}

/** What the input panel says while the input is not ready (loading, a failed fetch, untyped cells). */
export function imageNote(status: ImageStatus, words: ImageWords): { text: string; alert: boolean } | null {
  switch (status.status) {
    case 'loading':
      return { text: words.loadingPhoto, alert: false };
    case 'error':
      return { text: words.photoFailed(status.error), alert: true };
    case 'invalid':
      return { text: words.customInput.waiting, alert: false };
    default:
      return null;
  }
}

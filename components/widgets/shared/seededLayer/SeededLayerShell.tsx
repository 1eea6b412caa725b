'use client';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { Alert } from '@/components/ui';
import { SeededSettings, type SeededSettingsProps } from './SeededSettings';
import styles from './seededLayer.module.css';
import ui from '../widgetUi.module.css';

/** The settings panel's fields; the shell marks the invalid one and lays out the grid. */
type Settings<F extends string> = Omit<SeededSettingsProps<F>, 'invalidField' | 'errorId' | 'gridClassName'>;

/** The props every seeded-layer widget takes from a lesson. */
export interface SeededLayerProps {
  /** Unique on the page; the key of a shared link. */
  id: string;
  title?: string;
  /** Input channels, height and width. */
  c?: number;
  h?: number;
  w?: number;
  outputs?: number;
  /** Draws the example numbers. */
  seed?: number;
}

interface Props<F extends string> {
  id: string;
  rootRef: RefObject<HTMLDivElement | null>;
  settings: Settings<F>;
  /** The number the reader got wrong, in words, or null: then the figure is drawn. */
  problem: { field: F; message: string } | null;
  invalidHeading: string;
  keyHint: string;
  figureLabel: string;
  /** The figure in one sentence, for screen readers. */
  summary: string;
  /** A key pressed on the figure: true when it moved the selection. */
  onKey: (key: string) => boolean;
  /** The widget's own class on the figure (its columns). */
  stageClassName?: string;
  /** The selection in words, announced as it changes. */
  said: string;
  /** The figure's panels. */
  children: ReactNode;
}

/**
 * What FcAsConv and PointwiseConv are: the seeded layer's settings, then either the message for a
 * bad number or the key hint, the figure (one focusable group the arrow keys move through) and
 * its spoken selection.
 */
export function SeededLayerShell<F extends string>({ id, rootRef, settings, problem, invalidHeading, keyHint, figureLabel, summary, onKey, stageClassName, said, children }: Props<F>) {
  const errorId = `${id}-error`;
  const hintId = `${id}-keys`;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget && onKey(e.key)) e.preventDefault();
  };
  return (
    <div ref={rootRef} className={`${ui.focusScope} ${styles.root}`}>
      <SeededSettings {...settings} invalidField={problem?.field} errorId={errorId} gridClassName={styles.fields} />
      {problem ? (
        <Alert id={errorId} title={invalidHeading}>
          {problem.message}
        </Alert>
      ) : (
        <>
          <p id={hintId} className={styles.hint}>
            {keyHint}
          </p>
          <div className={`${styles.stage} ${stageClassName ?? ''}`} tabIndex={0} role="group" aria-label={figureLabel} aria-describedby={hintId} onKeyDown={onKeyDown}>
            <p className={ui.visuallyHidden}>{summary}</p>
            {children}
          </div>
          <p className={ui.visuallyHidden} aria-live="polite">
            {said}
          </p>
        </>
      )}
    </div>
  );
}

/** In place of the computed outputs: why they failed, or that the engine is still loading. */
export function ComputeStatus({ error, loading }: { error: string | null; loading: string }) {
  return error ? <Alert>{error}</Alert> : <p className={ui.loading}>{loading}</p>;
}

'use client';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import type { Issue } from '@/lib/store/schema';
import { Alert } from '@/components/ui';
import { SeededSettings, type SeededSettingsProps } from './SeededSettings';
import styles from './seededLayer.module.css';
import ui from '../widgetUi.module.css';

/** The words the shell shows, from the widget's strings. */
export interface SeededLayerWords<F extends string> {
  settings: string;
  fields: Record<F, string>;
  reseed: string;
  invalidHeading: string;
  keyHint: string;
  figureLabel: string;
}

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
  words: SeededLayerWords<F>;
  /** The settings, in order (`seed` among them), the widget's schema (their bounds) and its state. */
  fields: readonly F[];
  schema: { fields: SeededSettingsProps<F>['limits'] };
  state: Record<F, number>;
  set: (patch: Partial<Record<F, number>>) => void;
  /** The number the reader got wrong, or null: then the figure is drawn. */
  problem: { field: F; issue: Issue } | null;
  /** The problem in words (the widget's strings). */
  message: (issue: Issue) => string;
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
export function SeededLayerShell<F extends string>({ id, rootRef, words, fields, schema, state, set, problem, message, summary, onKey, stageClassName, said, children }: Props<F>) {
  const errorId = `${id}-error`;
  const hintId = `${id}-keys`;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target === e.currentTarget && onKey(e.key)) e.preventDefault();
  };
  return (
    <div ref={rootRef} className={`${ui.focusScope} ${styles.root}`}>
      <SeededSettings
        legend={words.settings}
        fields={fields}
        labels={words.fields}
        values={state}
        limits={schema.fields}
        onChange={(f, v) => set({ [f]: v } as Partial<Record<F, number>>)}
        invalidField={problem?.field}
        errorId={errorId}
        reseedLabel={words.reseed}
        gridClassName={styles.fields}
      />
      {problem ? (
        <Alert id={errorId} title={words.invalidHeading}>
          {message(problem.issue)}
        </Alert>
      ) : (
        <>
          <p id={hintId} className={styles.hint}>
            {words.keyHint}
          </p>
          <div className={`${styles.stage} ${stageClassName ?? ''}`} tabIndex={0} role="group" aria-label={words.figureLabel} aria-describedby={hintId} onKeyDown={onKeyDown}>
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

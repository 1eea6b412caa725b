'use client';
/** Hints on request, and the solution once the reader has tried: shared by Quiz and Challenge. */
import type { ReactNode } from 'react';
import { Button } from '@/components/ui';
import { quizStrings as t } from './strings';
import styles from './Quiz.module.css';

export function HintButton({ hints, shown, show }: { hints: string[]; shown: number; show: () => void }) {
  if (shown >= hints.length) return null;
  return (
    <Button onClick={show}>{shown === 0 ? t.hint : t.nextHint}</Button>
  );
}

export function HintList({ hints, shown }: { hints: string[]; shown: number }) {
  if (shown === 0) return null;
  return (
    <ul className={styles.hints} aria-live="polite">
      {hints.slice(0, shown).map((h, i) => (
        <li key={i}>
          <strong>{t.hintLabel(i + 1, hints.length)}:</strong> {h}
        </li>
      ))}
    </ul>
  );
}

export function SolutionToggle({ open, toggle }: { open: boolean; toggle: () => void }) {
  return (
    <Button aria-expanded={open} onClick={toggle}>
      {open ? t.hideSolution : t.showSolution}
    </Button>
  );
}

export function SolutionPanel({ children }: { children: ReactNode }) {
  return (
    <div className={styles.solution}>
      <p className={styles.solutionTitle}>{t.solution}</p>
      {children}
    </div>
  );
}

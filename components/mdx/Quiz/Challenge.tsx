'use client';
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { WidgetReportContext, type WidgetReporter } from '@/components/widgets/shared/frame/useWidgetStore';
import { Alert, Button } from '@/components/ui';
import { progressStore } from '@/lib/store/progress';
import { challenges, validateChallengeProps, type ChallengeGrade, type ChallengeParams } from '@/lib/quiz';
import { HintButton, HintList, SolutionPanel, SolutionToggle } from './QuizExtras';
import { useQuestionProgress } from './useQuestionProgress';
import { quizStrings as t } from './strings';
import styles from './Quiz.module.css';

interface Props {
  id: string;
  /** The grader's name in lib/quiz/challenges. */
  check: string;
  /** The goal's numbers (a target size, a receptive field) passed to the grader. */
  params?: ChallengeParams;
  /** The id of the widget to grade, when the challenge wraps more than one. */
  widget?: string;
  hints?: string | string[];
  /** How to reach the goal, shown once the reader has tried. */
  explanation?: string;
  children: ReactNode;
}

/** Saved with the answer, so the verdict's feedback can be shown again after a reload. */
const MAX_SAVED_STATE = 4000;

/**
 * A goal set on a live widget: the widgets inside report their state, and "Check the widget"
 * grades the state with the compute layer (lib/quiz/challenges).
 */
export function Challenge(props: Props) {
  const { id, explanation, children } = props;
  const def = validateChallengeProps(props);
  const p = useQuestionProgress(id);
  const states = useRef(new Map<string, object>());
  const reporter = useMemo<WidgetReporter>(() => ({ report: (wid, state) => void states.current.set(wid, state) }), []);
  const [fresh, setFresh] = useState<ChallengeGrade | null>(null);
  const uid = useId();

  if (!def.ok) {
    return (
      <div className={styles.quiz} data-challenge={id} role="alert">
        {t.brokenChallenge(def.error)}
        {children}
      </div>
    );
  }
  const grader = challenges[def.check];
  const saved = p.saved;
  // After a reload the feedback is re-derived from the saved widget state.
  const shown: ChallengeGrade | null = fresh ?? (saved?.response ? regrade(saved.response) : null);

  function regrade(response: string): ChallengeGrade | null {
    try {
      return grader.grade(JSON.parse(response), def.ok ? def.params : {});
    } catch {
      return null;
    }
  }

  const check = () => {
    const state = def.widget ? states.current.get(def.widget) : states.current.values().next().value;
    if (!state) {
      p.setError(t.noWidgetState);
      return;
    }
    const g = grader.grade(state, def.params);
    if (!g.ok) {
      p.setError(g.error);
      setFresh(null);
      return;
    }
    p.setError(null);
    setFresh(g);
    const json = JSON.stringify(state);
    progressStore.getState().recordQuiz(id, { response: json.length <= MAX_SAVED_STATE ? json : '', correct: g.correct, at: Date.now() });
  };
  const goalId = `${uid}-goal`;

  return (
    <section id={`q-${id}`} className={`${styles.quiz} ${styles.challenge}`} data-challenge={id} data-kind="challenge" aria-labelledby={goalId}>
      <p className={styles.label} id={goalId}>
        {t.labelChallenge}
      </p>
      <WidgetReportContext.Provider value={reporter}>
        <div className={styles.question}>{children}</div>
      </WidgetReportContext.Provider>
      <div className={styles.actions}>
        <Button variant="primary" onClick={check} disabled={!p.hydrated}>
          {t.checkWidget}
        </Button>
        <HintButton hints={def.hints} shown={p.hintsShown} show={() => p.setHintsShown(p.hintsShown + 1)} />
        {saved && explanation ? <SolutionToggle open={p.solutionOpen} toggle={() => p.setSolutionOpen(!p.solutionOpen)} /> : null}
      </div>
      <HintList hints={def.hints} shown={p.hintsShown} />
      {p.error ? <Alert className={styles.error}>{p.error}</Alert> : null}
      <div role="status" aria-live="polite" className={styles.feedback} data-feedback>
        {saved ? (
          <div className={saved.correct ? styles.right : styles.wrong} data-verdict={saved.correct ? 'right' : 'wrong'}>
            <p>
              <strong>{saved.correct ? t.challengeDone : t.challengeNotYet}</strong> {shown?.ok ? shown.feedback : null}
            </p>
            <p className={styles.saved}>{t.savedNote(saved.attempts)}</p>
          </div>
        ) : null}
      </div>
      {saved && explanation && p.solutionOpen ? (
        <SolutionPanel>
          <p>{explanation}</p>
        </SolutionPanel>
      ) : null}
    </section>
  );
}

'use client';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useProgress } from '@/components/course/useProgress';
import { progressStore } from '@/lib/store/progress';
import { grade, validateQuizProps } from './checkAnswer';
import { quizStrings as t } from './strings';
import styles from './Quiz.module.css';

interface Props {
  id: string;
  kind: 'choice' | 'numeric';
  choices?: string[];
  answer: number;
  tolerance?: number;
  unit?: string;
  explanation?: string;
  children: ReactNode;
}

export function Quiz(props: Props) {
  const { id, unit, explanation, children } = props;
  const valid = validateQuizProps(props);
  const saved = useProgress((s) => s.quizzes[id]);
  const hydrated = useProgress((s) => s.hydrated);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const uid = useId();

  if (!valid.ok) {
    return (
      <div className={styles.quiz} data-quiz={id} role="alert">
        {t.broken(valid.error)}
      </div>
    );
  }
  const spec = valid.spec;
  // A checked answer shows its feedback until the reader edits it.
  const response = draft ?? saved?.response ?? '';
  const checked = draft === null && saved ? saved : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const g = grade(spec, response);
    if (!g.ok) {
      setError(g.error);
      return;
    }
    setError(null);
    progressStore.getState().recordQuiz(id, { response, correct: g.correct, at: Date.now() });
    setDraft(null);
  };
  const edit = (value: string) => {
    setError(null);
    setDraft(value);
  };
  const rightAnswer =
    spec.kind === 'choice' ? spec.choices[spec.answer] : `${spec.answer.toLocaleString('en-US').replace('-', '\u2212')}${unit ? ` ${unit}` : ''}`;
  const qid = `${uid}-q`;

  return (
    <form className={styles.quiz} data-quiz={id} onSubmit={submit} aria-labelledby={qid}>
      <p className={styles.label}>{t.label}</p>
      <fieldset className={styles.fieldset} aria-labelledby={qid} disabled={!hydrated}>
        <div id={qid} className={styles.question}>
          {children}
        </div>
        {spec.kind === 'choice' ? (
          <div className={styles.choices}>
            {spec.choices.map((choice, i) => (
              <label key={i} className={styles.choice} data-state={checked && Number(checked.response) === i ? (checked.correct ? 'right' : 'wrong') : undefined}>
                <input type="radio" name={`${uid}-choice`} value={i} checked={response === String(i)} onChange={() => edit(String(i))} />
                <span>{choice}</span>
              </label>
            ))}
          </div>
        ) : (
          <label className={styles.numeric}>
            <span>{t.yourAnswer}</span>
            <input type="text" inputMode="decimal" autoComplete="off" value={response} onChange={(e) => edit(e.target.value)} />
            {unit ? <span className={styles.unit}>{unit}</span> : null}
          </label>
        )}
        <button type="submit" className={styles.check}>
          {t.check}
        </button>
      </fieldset>
      <div role="status" aria-live="polite" className={styles.feedback}>
        {error ? <p className={styles.error}>{error}</p> : null}
        {checked ? (
          <div className={checked.correct ? styles.right : styles.wrong}>
            <p>
              <strong>{checked.correct ? t.correct : t.incorrect}</strong> {checked.correct ? null : t.answerWas(rightAnswer)}
            </p>
            {explanation ? <p>{explanation}</p> : null}
            <p className={styles.saved}>{t.savedNote}</p>
          </div>
        ) : null}
      </div>
    </form>
  );
}

'use client';
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button } from '@/components/ui';
import { progressStore } from '@/lib/store/progress';
import {
  generatedSpec,
  grade,
  questionRandom,
  shuffledOrder,
  validateQuizProps,
  type Mistake,
  type QuestionSpec,
} from '@/lib/quiz';
import { QuizParamsContext } from './Param';
import { ChoiceBody, MultiBody, NumericBody, OrderBody } from './QuizBodies';
import { HintButton, HintList, SolutionPanel, SolutionToggle } from './QuizExtras';
import { useQuestionProgress } from './useQuestionProgress';
import { quizStrings as t } from './strings';
import styles from './Quiz.module.css';

interface Props {
  id: string;
  kind: 'choice' | 'multi' | 'numeric' | 'order';
  choices?: string[];
  answer?: number | number[];
  /** One text per choice: why that choice is right or wrong ("" for none). */
  feedback?: string[];
  tolerance?: number;
  relTolerance?: number;
  unit?: string;
  mistakes?: Mistake[];
  /** An ordering question's items, in the right order (shown shuffled). */
  items?: string[];
  /** A parameterised question's generator (lib/quiz/generators); its text uses <Param name/>. */
  generator?: string;
  hints?: string | string[];
  explanation?: string;
  children: ReactNode;
}

const formatNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 }).replace('-', '\u2212');

function answerText(spec: QuestionSpec): string {
  switch (spec.kind) {
    case 'choice':
      return `“${spec.choices[spec.answer]}”`;
    case 'multi':
      return spec.answer.map((i) => `“${spec.choices[i]}”`).join(' and ');
    case 'numeric':
      return `${formatNumber(spec.answer)}${spec.unit ? ` ${spec.unit}` : ''}`;
    case 'order':
      return spec.items.join(' → ');
  }
}

export function Quiz(props: Props) {
  const { id, explanation, children } = props;
  const def = validateQuizProps(props);
  const p = useQuestionProgress(id);
  const [draft, setDraft] = useState<string | null>(null);
  const uid = useId();
  const generator = def.ok && 'generator' in def ? def.generator : null;
  const unit = def.ok && 'generator' in def ? def.unit : undefined;
  const generated = useMemo(
    () => (generator && p.hydrated ? generatedSpec(generator, questionRandom(p.seed, id), unit) : null),
    [generator, unit, p.hydrated, p.seed, id],
  );
  const spec: QuestionSpec | null = def.ok ? ('spec' in def ? def.spec : (generated?.spec ?? null)) : null;
  const firstOrder = useMemo(
    () => (spec?.kind === 'order' && p.hydrated ? shuffledOrder(spec.items.length, questionRandom(p.seed, `${id}:order`)).join(',') : ''),
    [spec, p.hydrated, p.seed, id],
  );

  if (!def.ok) {
    return (
      <div className={styles.quiz} data-quiz={id} role="alert">
        {t.broken(def.error)}
      </div>
    );
  }
  const saved = p.saved;
  const response = draft ?? saved?.response ?? firstOrder;
  const checked = draft === null && saved ? saved : null;
  const verdict = checked && spec ? grade(spec, checked.response) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!spec) return;
    const g = grade(spec, response);
    if (!g.ok) {
      p.setError(g.error);
      return;
    }
    p.setError(null);
    progressStore.getState().recordQuiz(id, { response, correct: g.correct, at: Date.now() });
    setDraft(null);
  };
  const edit = (value: string) => {
    p.setError(null);
    setDraft(value);
  };
  const qid = `${uid}-q`;
  const body = spec ? { spec, uid, response, checked, edit } : null;
  const solution = generated?.solution ?? explanation;

  return (
    <form id={`q-${id}`} className={styles.quiz} data-quiz={id} data-kind={'spec' in def ? def.spec.kind : 'parameterised'} onSubmit={submit} aria-labelledby={qid}>
      <p className={styles.label}>{generator ? t.labelParameterised : t.label}</p>
      <fieldset className={styles.fieldset} aria-labelledby={qid} disabled={!p.hydrated}>
        <div id={qid} className={styles.question}>
          <QuizParamsContext.Provider value={generated?.params ?? null}>{children}</QuizParamsContext.Provider>
        </div>
        {generator ? <p className={styles.help}>{t.parameterisedNote}</p> : null}
        {body?.spec.kind === 'choice' ? <ChoiceBody {...body} spec={body.spec} /> : null}
        {body?.spec.kind === 'multi' ? <MultiBody {...body} spec={body.spec} /> : null}
        {body?.spec.kind === 'numeric' ? <NumericBody {...body} spec={body.spec} /> : null}
        {body?.spec.kind === 'order' ? <OrderBody {...body} spec={body.spec} /> : null}
        <div className={styles.actions}>
          <Button type="submit" variant="primary">
            {t.check}
          </Button>
          <HintButton hints={def.hints} shown={p.hintsShown} show={() => p.setHintsShown(p.hintsShown + 1)} />
          {checked && !checked.correct ? (
            <Button onClick={() => edit(checked.response)}>{t.tryAgain}</Button>
          ) : null}
          {saved && spec ? <SolutionToggle open={p.solutionOpen} toggle={() => p.setSolutionOpen(!p.solutionOpen)} /> : null}
        </div>
      </fieldset>
      <HintList hints={def.hints} shown={p.hintsShown} />
      {p.error ? <Alert className={styles.error}>{p.error}</Alert> : null}
      <div role="status" aria-live="polite" className={styles.feedback} data-feedback>
        {checked ? (
          <div className={checked.correct ? styles.right : styles.wrong} data-verdict={checked.correct ? 'right' : 'wrong'}>
            <p>
              <strong>{checked.correct ? t.correct : t.incorrect}</strong>
            </p>
            {verdict?.ok ? verdict.feedback.map((f, i) => <p key={i}>{f}</p>) : null}
            {checked.correct && solution ? <p>{solution}</p> : null}
            <p className={styles.saved}>{t.savedNote(checked.attempts)}</p>
          </div>
        ) : null}
      </div>
      {saved && spec && p.solutionOpen ? (
        <SolutionPanel>
          <p>{t.answerWas(answerText(spec))}</p>
          {solution ? <p>{solution}</p> : null}
        </SolutionPanel>
      ) : null}
    </form>
  );
}

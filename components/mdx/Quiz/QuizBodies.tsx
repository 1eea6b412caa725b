'use client';
/** The answer area of each kind of question; Quiz.tsx owns the state and the grading. */
import { Checkbox } from '@/components/ui';
import type { QuestionSpec } from '@/lib/quiz';
import { indexList, moveItem } from '@/lib/quiz';
import { quizStrings as t } from './strings';
import styles from './Quiz.module.css';

interface BodyProps<K extends QuestionSpec['kind']> {
  spec: Extract<QuestionSpec, { kind: K }>;
  uid: string;
  response: string;
  /** The response last checked, to mark the options it chose; null while editing. */
  checked: { response: string; correct: boolean } | null;
  edit: (response: string) => void;
}

export function ChoiceBody({ spec, uid, response, checked, edit }: BodyProps<'choice'>) {
  return (
    <div className={styles.choices}>
      {spec.choices.map((choice, i) => (
        <label key={i} className={styles.choice} data-state={checked && Number(checked.response) === i ? (checked.correct ? 'right' : 'wrong') : undefined}>
          <input type="radio" name={`${uid}-choice`} value={i} checked={response === String(i)} onChange={() => edit(String(i))} />
          <span>{choice}</span>
        </label>
      ))}
    </div>
  );
}

export function MultiBody({ spec, response, checked, edit }: BodyProps<'multi'>) {
  const picked = indexList(response, spec.choices.length) ?? [];
  const chosen = checked ? (indexList(checked.response, spec.choices.length) ?? []) : [];
  const toggle = (i: number) => {
    const next = picked.includes(i) ? picked.filter((p) => p !== i) : [...picked, i];
    edit(next.sort((a, b) => a - b).join(','));
  };
  return (
    <div className={styles.choices}>
      <p className={styles.help}>{t.chooseAll}</p>
      {spec.choices.map((choice, i) => (
        // The kit's checkbox row; the wrapper carries the option's checked verdict.
        <div key={i} className={styles.multi} data-state={checked && chosen.includes(i) ? (spec.answer.includes(i) ? 'right' : 'wrong') : undefined}>
          <Checkbox className={styles.choice} label={choice} checked={picked.includes(i)} onChange={() => toggle(i)} />
        </div>
      ))}
    </div>
  );
}

export function NumericBody({ spec, response, edit }: BodyProps<'numeric'>) {
  return (
    <label className={styles.numeric}>
      <span>{t.yourAnswer}</span>
      <input type="text" inputMode="decimal" autoComplete="off" value={response} onChange={(e) => edit(e.target.value)} />
      {spec.unit ? <span className={styles.unit}>{spec.unit}</span> : null}
    </label>
  );
}

export function OrderBody({ spec, uid, response, checked, edit }: BodyProps<'order'>) {
  const order = indexList(response, spec.items.length, true) ?? spec.items.map((_, i) => i);
  const helpId = `${uid}-order-help`;
  return (
    <div className={styles.orderWrap}>
      <p id={helpId} className={styles.help}>
        {t.orderHelp}
      </p>
      <ol className={styles.order} aria-describedby={helpId}>
        {order.map((item, place) => {
          const text = spec.items[item];
          const state = checked ? (item === place ? 'right' : 'wrong') : undefined;
          return (
            <li key={item} className={styles.orderItem} data-state={state}>
              <span className={styles.orderText}>
                {text}
                {state ? <span className="visually-hidden"> ({state === 'right' ? t.placeRight : t.placeWrong})</span> : null}
              </span>
              <span className={styles.orderButtons}>
                <button type="button" aria-label={t.moveUp(text)} disabled={place === 0} onClick={() => edit(moveItem(order, place, -1).join(','))}>
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t.moveDown(text)}
                  disabled={place === order.length - 1}
                  onClick={() => edit(moveItem(order, place, 1).join(','))}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

import { Children, isValidElement, type ReactNode } from 'react';
import { quizStrings as t } from '@/components/mdx/Quiz/strings';
import { S } from './strings';

/**
 * A widget challenge in the deck: its goal, for the room to think about, without the widget's
 * second copy (the same widget is live on an earlier slide) and without grading, which belongs
 * to each student's own reading of the lesson.
 */
export function SlideChallenge({ children }: { children?: ReactNode }) {
  const text = Children.toArray(children).filter((c) => isValidElement(c) && typeof c.type === 'string');
  return (
    <div className="slide-challenge" data-slide-challenge>
      <p className="slide-challenge-label">{t.labelChallenge}</p>
      {text}
      <p className="slide-challenge-note">{S.challengeNote}</p>
    </div>
  );
}

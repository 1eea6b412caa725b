'use client';
/** Previous, the slide counter and Next: the middle of both windows' deck bars. */
import type { SlideMeta } from '@/lib/content/slides';
import { next, previous, type Position, type StepCounts } from '@/lib/content/slidesNav';
import { Counter } from './Counter';
import { S } from './strings';

interface Props {
  pos: Position;
  steps: StepCounts;
  slides: SlideMeta[];
  move: (to: Position) => void;
}

export function StepButtons({ pos, steps, slides, move }: Props) {
  const atStart = pos.slide === 0 && pos.step === 0;
  const atEnd = pos.slide === slides.length - 1 && pos.step >= (slides[pos.slide]?.steps ?? 0);
  return (
    <>
      <button type="button" className="deck-button" onClick={() => move(previous(pos, steps))} disabled={atStart}>
        <span aria-hidden="true">← </span>
        {S.previous}
      </button>
      <Counter pos={pos} slides={slides} />
      <button type="button" className="deck-button" onClick={() => move(next(pos, steps))} disabled={atEnd}>
        {S.next}
        <span aria-hidden="true"> →</span>
      </button>
    </>
  );
}

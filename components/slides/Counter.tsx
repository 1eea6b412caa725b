'use client';
import type { SlideMeta } from '@/lib/content/slides';
import type { Position } from '@/lib/content/slidesNav';
import { S } from './strings';

/** "3 / 20", and an announcement of the new slide for screen readers. */
export function Counter({ pos, slides }: { pos: Position; slides: SlideMeta[] }) {
  const meta = slides[pos.slide];
  const steps = meta?.steps ?? 0;
  const announce = meta ? `${S.slideAnnouncement(pos.slide + 1, slides.length, meta.title)}${steps ? `, ${S.stepAnnouncement(pos.step, steps)}` : ''}` : '';
  return (
    <>
      <span className="deck-counter" data-slide-counter>
        {S.slideCounter(pos.slide + 1, slides.length)}
      </span>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announce}
      </span>
    </>
  );
}

'use client';
import { useContext, type ReactNode } from 'react';
import { DeckContext, SlideIndexContext } from './useDeck';

/** A build step on a slide: hidden (its space kept, so the slide does not jump) until revealed. */
export function DeckStep({ index, children }: { index?: string | number; children: ReactNode }) {
  const deck = useContext(DeckContext);
  const slide = useContext(SlideIndexContext);
  const n = Number(index) || 0;
  let shown = true;
  if (deck && slide >= 0) {
    if (slide > deck.pos.slide) shown = false;
    else if (slide === deck.pos.slide) shown = n <= deck.pos.step;
  }
  return (
    <div className="slide-step" data-step={n} data-step-hidden={shown ? undefined : ''}>
      {children}
    </div>
  );
}

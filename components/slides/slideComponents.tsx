/**
 * The MDX component map for the deck (server side): the lesson compiled in slides mode is one
 * `<Slide index>` per slide; rendering it with `slideComponents(i, part)` keeps slide i alone,
 * its body or its speaker notes. The audience deck never renders notes, so they are not in its
 * HTML at all.
 */
import type { ReactNode } from 'react';
import { mdxComponents } from '@/components/mdx/components';
import { DeckStep } from './Step';
import { SlideChallenge } from './SlideChallenge';

type WithChildren = { children?: ReactNode };

export function slideComponents(pick: number, part: 'body' | 'notes') {
  return {
    ...mdxComponents,
    Slide: ({ index, children }: WithChildren & { index?: string }) => (Number(index) === pick ? <>{children}</> : null),
    SlideBody: ({ children }: WithChildren) => (part === 'body' ? <div className="slide-body prose" data-context="slides">{children}</div> : null),
    SlideNotes: ({ children }: WithChildren) => (part === 'notes' ? <>{children}</> : null),
    Notes: ({ children }: WithChildren) => <div className="slide-notes-text">{children}</div>,
    Step: DeckStep,
    Challenge: SlideChallenge,
    SlideBreak: () => null,
    ReadingOnly: () => null,
    SlidesOnly: ({ children }: WithChildren) => <>{children}</>,
  };
}

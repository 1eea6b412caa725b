/**
 * Slide authoring markup as the reading view renders it. In the deck, lib/content/slides.ts
 * reshapes the lesson first and components/slides/slideComponents.tsx renders these instead.
 *
 * - `<SlideBreak />`: the deck starts a new slide here; nothing in the reading view.
 * - `<ReadingOnly>…</ReadingOnly>`: shown when reading, left out of the deck.
 * - `<SlidesOnly>…</SlidesOnly>`: shown on the slides only.
 * - `<Step>…</Step>`: on a slide, revealed one at a time by →; just its content when reading.
 */
import type { ReactNode } from 'react';

type WithChildren = { children?: ReactNode };

export const SlideBreak = () => null;
export const ReadingOnly = ({ children }: WithChildren) => <>{children}</>;
export const SlidesOnly = (_: WithChildren) => null;
export const Step = ({ children }: WithChildren) => <>{children}</>;

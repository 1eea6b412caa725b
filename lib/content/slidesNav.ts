/**
 * Moving through a deck: a position is a slide and how many of its `<Step>` builds are shown.
 * Forward reveals the next step before it leaves a slide; back returns to the previous slide
 * with all of its steps shown (as it was left). Pure functions, no React.
 */

export interface Position {
  slide: number;
  /** Steps revealed on this slide, 0…steps. */
  step: number;
}

/** `steps[i]` is the number of builds of slide i. */
export type StepCounts = readonly number[];

const clampSlide = (slide: number, steps: StepCounts) => Math.min(Math.max(0, Math.trunc(slide)), Math.max(0, steps.length - 1));

export function clampPosition(pos: Position, steps: StepCounts): Position {
  const slide = clampSlide(pos.slide, steps);
  const step = Math.min(Math.max(0, Math.trunc(pos.step)), steps[slide] ?? 0);
  return { slide, step };
}

export function next(pos: Position, steps: StepCounts): Position {
  const p = clampPosition(pos, steps);
  if (p.step < (steps[p.slide] ?? 0)) return { slide: p.slide, step: p.step + 1 };
  if (p.slide < steps.length - 1) return { slide: p.slide + 1, step: 0 };
  return p;
}

export function previous(pos: Position, steps: StepCounts): Position {
  const p = clampPosition(pos, steps);
  if (p.step > 0) return { slide: p.slide, step: p.step - 1 };
  if (p.slide > 0) return { slide: p.slide - 1, step: steps[p.slide - 1] ?? 0 };
  return p;
}

export const first = (): Position => ({ slide: 0, step: 0 });

export function last(steps: StepCounts): Position {
  const slide = Math.max(0, steps.length - 1);
  return { slide, step: steps[slide] ?? 0 };
}

/** Going to a slide by number (overview, link): its steps shown from the start. */
export const goTo = (slide: number, steps: StepCounts): Position => clampPosition({ slide, step: 0 }, steps);

/** The slide named by a URL's query (`?slide=3`, 1-based, as people count); 0 when absent or bad. */
export function slideFromSearch(search: string, count: number): number {
  const raw = new URLSearchParams(search).get('slide');
  if (raw === null || !/^\d+$/.test(raw)) return 0;
  return Math.min(Math.max(1, Number(raw)), Math.max(1, count)) - 1;
}

/** The query string with the slide set (other parameters, e.g. shared widget state, kept). */
export function searchWithSlide(search: string, slide: number): string {
  const params = new URLSearchParams(search);
  params.set('slide', String(slide + 1));
  return `?${params.toString()}`;
}

/** A horizontal swipe long and flat enough to mean "next" (-1: back, 1: next, 0: not a swipe). */
export function swipeDirection(dx: number, dy: number, minDistance = 50): -1 | 0 | 1 {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}

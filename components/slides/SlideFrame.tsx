'use client';
import { useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DeckContext, SlideIndexContext } from './useDeck';
import { useStage } from './StageViewport';
import { PAD_BOTTOM, PAD_TOP, PAD_X, STAGE_H, STAGE_W } from './stage';
import { S } from './strings';

const AVAIL_W = STAGE_W - 2 * PAD_X;
const AVAIL_H = STAGE_H - PAD_TOP - PAD_BOTTOM;

/** Content shrunk to fit may be laid out wider, up to this factor, so it takes fewer lines. */
const MAX_WIDEN = 1.3;

/**
 * Finds the largest scale (in steps of 0.025) at which the content, laid out wider by up to
 * MAX_WIDEN, fits the stage's height, and centres it. It goes below the readable floor rather
 * than cut content off; the browser tests hold every slide of every lesson above that floor.
 */
function searchFit(el: HTMLElement): { fit: number; width: number } {
  let fit = 1;
  let width = AVAIL_W;
  for (; fit > 0.2; fit = Math.round((fit - 0.025) * 1000) / 1000) {
    width = Math.min(AVAIL_W / fit, AVAIL_W * MAX_WIDEN);
    el.style.width = `${width}px`;
    if (el.scrollHeight * fit <= AVAIL_H + 0.5) break;
  }
  return { fit, width };
}

/**
 * The part of a widget that stacks its panels: below any wrapper that holds one tall child.
 * Laid out in two columns, a widget made for a scrolling page gets the shape of a screen.
 */
function stackOf(widget: HTMLElement): HTMLElement {
  let el = widget;
  for (let depth = 0; depth < 8; depth++) {
    const kids = Array.from(el.children).filter((c): c is HTMLElement => c instanceof HTMLElement && c.offsetHeight > 0);
    const dominant = kids.find((c) => c.offsetHeight > 0.6 * el.offsetHeight && c.children.length >= 2);
    if (!dominant || (kids.length >= 3 && !kids.some((c) => c.offsetHeight > 0.6 * el.offsetHeight))) break;
    el = dominant;
  }
  return el;
}

/** A slide below this fit tries its widgets in two columns (kept if that fits better). */
const COLUMNS_BELOW = 0.7;

/**
 * Widgets that lay themselves out for a slide (CSS under `[data-context='slides']`) mark an
 * element with this attribute; the automatic two columns leave them alone.
 */
export const OWN_SLIDE_LAYOUT = 'data-slide-layout';

function fitContent(el: HTMLElement): number {
  let { fit, width } = searchFit(el);
  // Columns are tried once the slide's widgets have loaded: before that their heights mislead.
  const loaded = !el.querySelector('[data-widget]:not([data-ready])');
  if (fit < COLUMNS_BELOW && loaded) {
    // Once per widget. The flag is an empty string: test for its presence, not its value (a
    // second try finds the columns no better than themselves and takes them away).
    const candidates = Array.from(el.querySelectorAll<HTMLElement>('[data-widget]')).filter((w) => !('slideColumnsTried' in w.dataset) && !w.querySelector(`[${OWN_SLIDE_LAYOUT}]`));
    if (candidates.length) {
      const stacks = candidates.map((w) => {
        w.dataset.slideColumnsTried = '';
        return stackOf(w);
      });
      stacks.forEach((s) => s.setAttribute('data-slide-columns', ''));
      const better = searchFit(el);
      if (better.fit > fit) ({ fit, width } = better);
      else {
        stacks.forEach((s) => s.removeAttribute('data-slide-columns'));
        ({ fit, width } = searchFit(el));
      }
    }
  }
  el.style.transform = fit === 1 ? '' : `scale(${fit})`;
  el.style.left = `${PAD_X + (AVAIL_W - width * fit) / 2}px`;
  el.dataset.fit = String(fit);
  return fit;
}

interface Props {
  index: number;
  children: ReactNode;
  /** Printed under the slide (presenter view's "print with notes"); never shown on screen. */
  printNotes?: ReactNode;
}

/** One slide: a fixed logical stage, its content scaled to fit; shown when it is the current one. */
export function SlideFrame({ index, children, printNotes }: Props) {
  const deck = useContext(DeckContext);
  const content = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(1);
  const current = deck?.pos.slide === index;
  const meta = deck?.slides[index];
  const { overview, onPick, pointer, onLaser } = useStage();
  const section = useRef<HTMLElement>(null);

  useLayoutEffect(() => {
    const el = content.current;
    if (!el) return;
    let frame = 0;
    // The content's height, and how many of its widgets have loaded (see fitContent).
    const shape = () => `${el.scrollHeight}:${el.querySelectorAll('[data-widget][data-ready]').length}`;
    let last = '';
    const refit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        setFit(fitContent(el));
        last = shape();
      });
    };
    setFit(fitContent(el));
    last = shape();
    // Widgets load and lay out after the first paint; fit again when their height changes.
    const ro = new ResizeObserver(() => {
      if (shape() !== last) refit();
    });
    ro.observe(el);
    for (const child of Array.from(el.children)) ro.observe(child);
    // Content that overflows a widget's own box changes no box size, and a widget that turns
    // ready may keep its height: check now and then too.
    const poll = window.setInterval(() => {
      if (shape() !== last) refit();
    }, 700);
    return () => {
      window.clearInterval(poll);
      ro.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);

  const laser =
    current && onLaser && !overview
      ? {
          onPointerMove: (e: React.PointerEvent) => {
            const r = section.current?.getBoundingClientRect();
            if (!r || !r.width || !r.height) return;
            const x = (e.clientX - r.left) / r.width;
            const y = (e.clientY - r.top) / r.height;
            onLaser(x >= 0 && x <= 1 && y >= 0 && y <= 1 ? { x, y } : null);
          },
          onPointerLeave: () => onLaser(null),
        }
      : {};
  return (
    <div className="slide-holder" data-current={current ? '' : undefined} data-slide-index={index}>
      <section
        ref={section}
        className="slide"
        aria-roledescription="slide"
        aria-label={meta ? S.slideLabel(index + 1, meta.title) : undefined}
        data-fit={fit}
        data-laser={current && onLaser && !overview ? '' : undefined}
        inert={overview}
        {...laser}
      >
        <div className="slide-content" ref={content}>
          <SlideIndexContext.Provider value={index}>{children}</SlideIndexContext.Provider>
        </div>
        {current && pointer && !overview ? <span className="laser-dot" data-laser-dot aria-hidden="true" style={{ left: `${pointer.x * 100}%`, top: `${pointer.y * 100}%` }} /> : null}
      </section>
      {overview && onPick && meta ? (
        <button type="button" className="slide-pick" aria-label={S.goToSlide(index + 1, meta.title)} aria-current={current ? 'true' : undefined} onClick={() => onPick(index)}>
          <span className="slide-pick-number" aria-hidden="true">
            {index + 1}
          </span>
        </button>
      ) : null}
      {printNotes ? <div className="slide-print-notes">{printNotes}</div> : null}
    </div>
  );
}

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
function fitContent(el: HTMLElement): number {
  let fit = 1;
  let width = AVAIL_W;
  for (; fit > 0.2; fit = Math.round((fit - 0.025) * 1000) / 1000) {
    width = Math.min(AVAIL_W / fit, AVAIL_W * MAX_WIDEN);
    el.style.width = `${width}px`;
    if (el.scrollHeight * fit <= AVAIL_H + 0.5) break;
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
    let lastHeight = -1;
    const refit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        setFit(fitContent(el));
        lastHeight = el.scrollHeight;
      });
    };
    setFit(fitContent(el));
    lastHeight = el.scrollHeight;
    // Widgets load and lay out after the first paint; fit again when their height changes.
    const ro = new ResizeObserver(() => {
      if (el.scrollHeight !== lastHeight) refit();
    });
    ro.observe(el);
    for (const child of Array.from(el.children)) ro.observe(child);
    return () => {
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

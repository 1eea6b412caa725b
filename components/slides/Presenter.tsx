'use client';
/**
 * The presenter view: the current slide (live: its widgets drive the audience's), the next one,
 * the notes, elapsed time and a clock. A second window on the same lesson follows it, and it
 * follows that window.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import Link from 'next/link';
import type { SlideMeta } from '@/lib/content/slides';
import { goTo, next, previous } from '@/lib/content/slidesNav';
import { WidgetSyncContext } from '@/components/widgets/shared/frame/useWidgetStore';
import { DeckContext, useDeckSync, type Pointer } from './useDeck';
import { useDeckKeys } from './useDeckKeys';
import { StageViewport } from './StageViewport';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Counter } from './Counter';
import { NextPreview } from './NextPreview';
import { S } from './strings';

interface Props {
  slug: string;
  lessonTitle: string;
  slides: SlideMeta[];
  readingHref: string;
  deckHref: string;
  notes: ReactNode[];
  children: ReactNode;
}

const two = (n: number) => String(n).padStart(2, '0');
function formatElapsed(ms: number) {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  return `${h ? `${h}:` : ''}${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** Elapsed time (pausable) and the wall clock, ticking once a second. */
function useTimer() {
  const [now, setNow] = useState<number | null>(null);
  const [start, setStart] = useState<number | null>(null);
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  useEffect(() => {
    const t0 = Date.now();
    setNow(t0);
    setStart(t0);
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = now === null || start === null ? 0 : (pausedAt ?? now) - start;
  const toggle = () => {
    const t = Date.now();
    if (pausedAt === null) setPausedAt(t);
    else {
      setStart((s) => (s ?? t) + (t - pausedAt));
      setPausedAt(null);
    }
  };
  const reset = () => {
    const t = Date.now();
    setStart(t);
    setPausedAt(pausedAt === null ? null : t);
    setNow(t);
  };
  return { elapsed, clock: now === null ? '' : new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }), paused: pausedAt !== null, toggle, reset };
}

export function Presenter({ slug, lessonTitle, slides, readingHref, deckHref, notes, children }: Props) {
  const { deck, steps, pos, move, widgets, sendPointer, linked, ready } = useDeckSync({ slug, slides, role: 'presenter' });
  const [overview, setOverview] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [laser, setLaser] = useState(false);
  const timer = useTimer();

  const toggleLaser = useCallback(() => {
    setLaser((on) => {
      if (on) sendPointer(null);
      return !on;
    });
  }, [sendPointer]);
  const openAudience = useCallback(() => {
    window.open(`${deckHref}${window.location.search}`, `cnn-audience-${slug}`);
  }, [deckHref, slug]);
  const onLaser = useCallback((p: Pointer | null) => sendPointer(p), [sendPointer]);

  useDeckKeys({ pos, steps, move, overview, setOverview, helpOpen, setHelpOpen, commands: { l: toggleLaser } });

  const meta = slides[pos.slide];
  const stepsLeft = (meta?.steps ?? 0) - pos.step;
  const nextIndex = pos.slide + 1 < slides.length ? pos.slide + 1 : null;
  const pick = (i: number) => {
    move(goTo(i, steps));
    setOverview(false);
  };
  return (
    <DeckContext.Provider value={deck}>
      <WidgetSyncContext.Provider value={widgets}>
        <div className="deck-root presenter-root" data-role="presenter" data-overview={overview ? '' : undefined} data-deck-ready={ready ? '' : undefined}>
          <header className="presenter-bar">
            <h1 className="presenter-title">{S.presenterTitle(lessonTitle)}</h1>
            <div className="presenter-times">
              <span>
                <span className="presenter-label">{S.elapsed}</span>{' '}
                <span className="presenter-time" data-elapsed>
                  {formatElapsed(timer.elapsed)}
                </span>
              </span>
              <button type="button" className="deck-button" onClick={timer.toggle}>
                {timer.paused ? S.resumeTimer : S.pauseTimer}
              </button>
              <button type="button" className="deck-button" onClick={timer.reset}>
                {S.resetTimer}
              </button>
              <span>
                <span className="presenter-label">{S.clock}</span>{' '}
                <span className="presenter-time" data-clock>
                  {timer.clock}
                </span>
              </span>
            </div>
          </header>
          <div className="presenter-main">
            <main id="content" className="presenter-current" aria-label={S.current}>
              <StageViewport overview={overview} onPick={pick} onLaser={laser ? onLaser : undefined}>
                {children}
              </StageViewport>
            </main>
            <aside className="presenter-side">
              <section className="presenter-next" aria-labelledby="presenter-next-title">
                <h2 id="presenter-next-title" className="presenter-heading">
                  {S.upNext}
                </h2>
                {stepsLeft > 0 ? <p className="presenter-steps">{S.moreSteps(stepsLeft)}</p> : null}
                {nextIndex === null ? <p className="presenter-end">{S.endOfDeck}</p> : <p className="presenter-next-title">{slides[nextIndex]?.title}</p>}
                <NextPreview rootSelector=".presenter-current" index={nextIndex} />
              </section>
              <section className="presenter-notes" aria-labelledby="presenter-notes-title" tabIndex={0}>
                <h2 id="presenter-notes-title" className="presenter-heading">
                  {S.notes}
                </h2>
                <div data-presenter-notes>{meta?.hasNotes ? notes[pos.slide] : <p className="presenter-muted">{S.noNotes}</p>}</div>
              </section>
            </aside>
          </div>
          <nav className="deck-bar" aria-label={S.deckLabel}>
            <Link href={readingHref} className="deck-button">
              {S.reading}
            </Link>
            <button type="button" className="deck-button" onClick={openAudience}>
              {S.audience}
            </button>
            <span className="deck-bar-spacer" />
            <button type="button" className="deck-button" onClick={() => move(previous(pos, steps))} disabled={pos.slide === 0 && pos.step === 0}>
              <span aria-hidden="true">← </span>
              {S.previous}
            </button>
            <Counter pos={pos} slides={slides} />
            <button type="button" className="deck-button" onClick={() => move(next(pos, steps))} disabled={pos.slide === slides.length - 1 && stepsLeft <= 0}>
              {S.next}
              <span aria-hidden="true"> →</span>
            </button>
            <span className="deck-bar-spacer" />
            <button type="button" className="deck-button" aria-pressed={laser} onClick={toggleLaser} title={S.laserHint}>
              {laser ? S.laserOn : S.laserOff}
            </button>
            <button type="button" className="deck-button" aria-pressed={overview} onClick={() => setOverview((o) => !o)}>
              {S.overview}
            </button>
            <button type="button" className="deck-button" onClick={() => window.print()}>
              {S.printWithNotes}
            </button>
            <button type="button" className="deck-button" aria-label={S.help} onClick={() => setHelpOpen(true)}>
              ?
            </button>
          </nav>
          {linked ? <p className="visually-hidden" role="status">{S.linked}</p> : null}
          <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </div>
      </WidgetSyncContext.Provider>
    </DeckContext.Provider>
  );
}

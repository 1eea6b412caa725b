'use client';
/** The audience deck: one slide at a time on a scaled stage, keyboard, swipe, overview, print. */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Link from 'next/link';
import type { SlideMeta } from '@/lib/content/slides';
import { goTo, next, previous, swipeDirection } from '@/lib/content/slidesNav';
import { WidgetSyncContext } from '@/components/widgets/shared/frame/useWidgetStore';
import { DeckContext, useDeckSync } from './useDeck';
import { useDeckKeys } from './useDeckKeys';
import { StageViewport } from './StageViewport';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Counter } from './Counter';
import { S } from './strings';

interface Props {
  slug: string;
  lessonTitle: string;
  slides: SlideMeta[];
  readingHref: string;
  presenterHref: string;
  children: ReactNode;
}

export function Deck({ slug, lessonTitle, slides, readingHref, presenterHref, children }: Props) {
  const { deck, steps, pos, move, widgets, pointer, ready } = useDeckSync({ slug, slides, role: 'audience' });
  const [overview, setOverview] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const openPresenter = useCallback(() => {
    window.open(`${presenterHref}${window.location.search}`, `cnn-presenter-${slug}`, 'popup,width=1280,height=800');
  }, [presenterHref, slug]);

  const toggleFullScreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onChange = () => setFullScreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useDeckKeys({ pos, steps, move, overview, setOverview, helpOpen, setHelpOpen, commands: { f: toggleFullScreen, s: openPresenter } });

  // Swipe: a flat horizontal stroke of the finger.
  const touch = useRef<{ x: number; y: number } | null>(null);
  const onTouchStart = (e: React.TouchEvent) => {
    const t = e.touches[0];
    touch.current = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null;
  };
  const onTouchEnd = (e: React.TouchEvent) => {
    const start = touch.current;
    const t = e.changedTouches[0];
    touch.current = null;
    if (!start || !t || overview) return;
    const dir = swipeDirection(t.clientX - start.x, t.clientY - start.y);
    if (dir === 1) move(next(pos, steps));
    if (dir === -1) move(previous(pos, steps));
  };

  const pickSlide = (i: number) => {
    move(goTo(i, steps));
    setOverview(false);
  };

  const meta = slides[pos.slide];
  return (
    <DeckContext.Provider value={deck}>
      <WidgetSyncContext.Provider value={widgets}>
        <div className="deck-root" data-role="audience" data-overview={overview ? '' : undefined} data-deck-ready={ready ? '' : undefined} ref={root} onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}>
          <h1 className="visually-hidden">
            {lessonTitle}: {S.deckLabel}
          </h1>
          <main id="content" className="deck-main">
            {overview ? <h2 className="deck-overview-title">{S.overviewHeading}</h2> : null}
            <StageViewport overview={overview} onPick={pickSlide} pointer={pointer}>
              {children}
            </StageViewport>
          </main>
          <nav className="deck-bar" aria-label={S.deckLabel}>
            <Link href={readingHref} className="deck-button">
              {S.reading}
            </Link>
            <span className="deck-bar-spacer" />
            <button type="button" className="deck-button" onClick={() => move(previous(pos, steps))} disabled={pos.slide === 0 && pos.step === 0}>
              <span aria-hidden="true">← </span>
              {S.previous}
            </button>
            <Counter pos={pos} slides={slides} />
            <button type="button" className="deck-button" onClick={() => move(next(pos, steps))} disabled={pos.slide === slides.length - 1 && pos.step >= (meta?.steps ?? 0)}>
              {S.next}
              <span aria-hidden="true"> →</span>
            </button>
            <span className="deck-bar-spacer" />
            <button type="button" className="deck-button" aria-pressed={overview} onClick={() => setOverview((o) => !o)}>
              {S.overview}
            </button>
            <button type="button" className="deck-button" aria-pressed={fullScreen} onClick={toggleFullScreen}>
              {fullScreen ? S.exitFullScreen : S.fullScreen}
            </button>
            <button type="button" className="deck-button" onClick={openPresenter}>
              {S.presenter}
            </button>
            <button type="button" className="deck-button" onClick={() => window.print()}>
              {S.print}
            </button>
            <button type="button" className="deck-button" aria-label={S.help} onClick={() => setHelpOpen(true)}>
              ?
            </button>
          </nav>
          <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </div>
      </WidgetSyncContext.Provider>
    </DeckContext.Provider>
  );
}

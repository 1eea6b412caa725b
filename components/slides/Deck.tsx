'use client';
/** The audience deck: one slide at a time on a scaled stage, keyboard, swipe, overview, print. */
import { useCallback, useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { next, previous, swipeDirection } from '@/lib/content/slidesNav';
import { WidgetSyncContext } from '@/components/widgets/shared/frame/useWidgetStore';
import { DeckContext, useDeckSync, type DeckWindowProps } from './useDeck';
import { useDeckKeys } from './useDeckKeys';
import { StageViewport } from './StageViewport';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StepButtons } from './StepButtons';
import { S } from './strings';

interface Props extends DeckWindowProps {
  presenterHref: string;
}

export function Deck({ slug, lessonTitle, slides, readingHref, presenterHref, children }: Props) {
  const { deck, steps, pos, move, widgets, pointer, ready } = useDeckSync({ slug, slides, role: 'audience' });
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

  const view = useDeckKeys({ pos, steps, move, commands: { f: toggleFullScreen, s: openPresenter } });
  const { overview } = view;

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

  return (
    <DeckContext.Provider value={deck}>
      <WidgetSyncContext.Provider value={widgets}>
        <div className="deck-root" data-role="audience" data-overview={overview ? '' : undefined} data-deck-ready={ready ? '' : undefined} ref={root} onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}>
          <h1 className="visually-hidden">
            {lessonTitle}: {S.deckLabel}
          </h1>
          <main id="content" className="deck-main">
            {overview ? <h2 className="deck-overview-title">{S.overviewHeading}</h2> : null}
            <StageViewport overview={overview} onPick={view.pick} pointer={pointer}>
              {children}
            </StageViewport>
          </main>
          <nav className="deck-bar" aria-label={S.deckLabel}>
            <Link href={readingHref} className="deck-button">
              {S.reading}
            </Link>
            <span className="deck-bar-spacer" />
            <StepButtons pos={pos} steps={steps} slides={slides} move={move} />
            <span className="deck-bar-spacer" />
            <button type="button" className="deck-button" aria-pressed={overview} onClick={view.toggleOverview}>
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
            <button type="button" className="deck-button" aria-label={S.help} onClick={view.openHelp}>
              ?
            </button>
          </nav>
          <ShortcutsDialog open={view.helpOpen} onClose={view.closeHelp} />
        </div>
      </WidgetSyncContext.Provider>
    </DeckContext.Provider>
  );
}

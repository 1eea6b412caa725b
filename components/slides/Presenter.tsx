'use client';
/**
 * The presenter view: the current slide (live: its widgets drive the audience's), the next one,
 * the notes, elapsed time and a clock. A second window on the same lesson follows it, and it
 * follows that window.
 */
import { useCallback, useState, type ReactNode } from 'react';
import Link from 'next/link';
import { WidgetSyncContext } from '@/components/widgets/shared/frame/useWidgetStore';
import { DeckContext, useDeckSync, type DeckWindowProps, type Pointer } from './useDeck';
import { useDeckKeys } from './useDeckKeys';
import { StageViewport } from './StageViewport';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StepButtons } from './StepButtons';
import { formatElapsed, usePresenterTimer } from './usePresenterTimer';
import { NextPreview } from './NextPreview';
import { S } from './strings';

interface Props extends DeckWindowProps {
  deckHref: string;
  notes: ReactNode[];
}


export function Presenter({ slug, lessonTitle, slides, readingHref, deckHref, notes, children }: Props) {
  const { deck, steps, pos, move, widgets, sendPointer, linked, ready } = useDeckSync({ slug, slides, role: 'presenter' });
  const [laser, setLaser] = useState(false);
  const timer = usePresenterTimer();

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

  const view = useDeckKeys({ pos, steps, move, commands: { l: toggleLaser } });
  const { overview } = view;

  const meta = slides[pos.slide];
  const stepsLeft = (meta?.steps ?? 0) - pos.step;
  const nextIndex = pos.slide + 1 < slides.length ? pos.slide + 1 : null;
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
              <StageViewport overview={overview} onPick={view.pick} onLaser={laser ? onLaser : undefined}>
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
            <StepButtons pos={pos} steps={steps} slides={slides} move={move} />
            <span className="deck-bar-spacer" />
            <button type="button" className="deck-button" aria-pressed={laser} onClick={toggleLaser} title={S.laserHint}>
              {laser ? S.laserOn : S.laserOff}
            </button>
            <button type="button" className="deck-button" aria-pressed={overview} onClick={view.toggleOverview}>
              {S.overview}
            </button>
            <button type="button" className="deck-button" onClick={() => window.print()}>
              {S.printWithNotes}
            </button>
            <button type="button" className="deck-button" aria-label={S.help} onClick={view.openHelp}>
              ?
            </button>
          </nav>
          {linked ? <p className="visually-hidden" role="status">{S.linked}</p> : null}
          <ShortcutsDialog open={view.helpOpen} onClose={view.closeHelp} />
        </div>
      </WidgetSyncContext.Provider>
    </DeckContext.Provider>
  );
}

'use client';
import { useEffect, useRef, useState } from 'react';
import { first, goTo, last, next, previous, type Position, type StepCounts } from '@/lib/content/slidesNav';
import { keyBelongsToControl } from './useDeck';

interface Keys {
  pos: Position;
  steps: StepCounts;
  move: (to: Position) => void;
  /** Single-letter commands of this window (f, s, l…). */
  commands: Record<string, () => void>;
}

/**
 * The deck's keyboard and the view state it drives (the overview grid, the shortcuts dialog),
 * shared by the audience and presenter windows.
 */
export function useDeckKeys({ pos, steps, move, commands }: Keys) {
  const [overview, setOverview] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const latest = useRef({ pos, steps, move, overview, helpOpen, commands });
  useEffect(() => {
    latest.current = { pos, steps, move, overview, helpOpen, commands };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { pos, steps, move, overview, helpOpen, commands } = latest.current;
      if (helpOpen || e.defaultPrevented || keyBelongsToControl(e)) return;
      let handled = true;
      switch (e.key) {
        case 'ArrowRight':
        case ' ':
        case 'PageDown':
          if (overview) handled = false;
          else move(next(pos, steps));
          break;
        case 'ArrowLeft':
        case 'PageUp':
          if (overview) handled = false;
          else move(previous(pos, steps));
          break;
        case 'Home':
          move(first());
          break;
        case 'End':
          move(last(steps));
          break;
        case 'o':
          setOverview((o) => !o);
          break;
        case '?':
          setHelpOpen(true);
          break;
        case 'Escape':
          if (overview) setOverview(false);
          else if (document.fullscreenElement) void document.exitFullscreen();
          else handled = false;
          break;
        default: {
          const command = commands[e.key];
          if (command) command();
          else handled = false;
        }
      }
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return {
    overview,
    toggleOverview: () => setOverview((o) => !o),
    helpOpen,
    openHelp: () => setHelpOpen(true),
    closeHelp: () => setHelpOpen(false),
    /** Go to a slide picked in the overview, and leave the overview. */
    pick: (i: number) => {
      move(goTo(i, steps));
      setOverview(false);
    },
  };
}

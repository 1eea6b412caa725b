'use client';
import { useEffect, useRef } from 'react';
import { first, last, next, previous, type Position, type StepCounts } from '@/lib/content/slidesNav';
import { keyBelongsToControl } from './useDeck';

interface Keys {
  pos: Position;
  steps: StepCounts;
  move: (to: Position) => void;
  overview: boolean;
  setOverview: (f: (o: boolean) => boolean) => void;
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
  /** Single-letter commands of this window (f, s, l…). */
  commands: Record<string, () => void>;
}

/** The deck's keyboard, shared by the audience and presenter windows. */
export function useDeckKeys(keys: Keys) {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { pos, steps, move, overview, setOverview, helpOpen, setHelpOpen, commands } = latest.current;
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
          if (overview) setOverview(() => false);
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
}

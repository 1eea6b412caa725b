'use client';
/**
 * The box slides are shown in: it scales the 1280×720 stage to whatever space it has (the whole
 * window in the deck, a pane in the presenter view), lays the slides out as a grid of thumbnails
 * in the overview, and shows the laser pointer.
 */
import { createContext, useContext, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Pointer } from './useDeck';
import { STAGE_H, STAGE_W } from './stage';

export interface StageOptions {
  overview: boolean;
  onPick?: (slide: number) => void;
  /** The audience sees the presenter's pointer here. */
  pointer?: Pointer | null;
  /** The presenter's pointer moves over the current slide (laser on). */
  onLaser?: (p: Pointer | null) => void;
}

export const StageContext = createContext<StageOptions>({ overview: false });
export const useStage = () => useContext(StageContext);

/** Thumbnail scale in the overview grid. */
export const THUMB = 0.2;

export function StageViewport({ children, ...options }: StageOptions & { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const s = Math.min(el.clientWidth / STAGE_W, el.clientHeight / STAGE_H);
      setScale(s > 0 ? Math.floor(s * 1000) / 1000 : 1);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const style = { '--stage-scale': options.overview ? THUMB : scale } as CSSProperties;
  return (
    <StageContext.Provider value={options}>
      <div className="stage-viewport" ref={box} data-overview={options.overview ? '' : undefined} data-stage-scale={scale}>
        <div className="stage-slides" style={style}>
          {children}
        </div>
      </div>
    </StageContext.Provider>
  );
}

'use client';
import { useState } from 'react';
import { Segmented } from '@/components/ui';
import { CameraSnap } from './CameraSnap';
import { DrawingPad } from './DrawingPad';
import { PhotoInput } from './PhotoInput';
import { TestImagePicker } from './TestImagePicker';
import { S } from './strings';
import type { ImageSource, OnImage } from './types';
import css from './imageInput.module.css';

export const IMAGE_SOURCES: readonly ImageSource[] = ['test', 'drawing', 'photo', 'camera'];

export interface ImageSourceTabsProps {
  onImage: OnImage;
  /** The sources offered, in order (all four by default). */
  sources?: readonly ImageSource[];
  /** The source shown, when the widget keeps it; otherwise the tabs do, starting at `defaultSource`. */
  source?: ImageSource;
  defaultSource?: ImageSource;
  onSourceChange?: (source: ImageSource) => void;
  /** The chosen test image, when the widget keeps it (for links). */
  testIndex?: number;
  /** Seed of the picker's "a random one". */
  seed?: number;
  /** Show the drawing pad's own 28 × 28 preview (a widget that draws the input itself may hide it). */
  padPreview?: boolean;
  /** Keep the sources short (one row of test thumbnails). */
  compact?: boolean;
}

/**
 * One switch among the image sources. A source stays mounted once opened (a drawing survives a look
 * at the test images) and hands its image over again when it is chosen again; only the chosen one
 * feeds the widget, and the camera stops when another source is chosen.
 */
export function ImageSourceTabs({ onImage, sources = IMAGE_SOURCES, source, defaultSource, onSourceChange, testIndex, seed, padPreview = true, compact = false }: ImageSourceTabsProps) {
  const [own, setOwn] = useState<ImageSource>(defaultSource ?? sources[0] ?? 'test');
  const shown = source ?? own;
  const [opened, setOpened] = useState<ReadonlySet<ImageSource>>(() => new Set([shown]));
  if (!opened.has(shown)) setOpened(new Set([...opened, shown]));
  const choose = (s: ImageSource) => {
    setOwn(s);
    onSourceChange?.(s);
  };
  const panel = (s: ImageSource) => {
    const active = s === shown;
    switch (s) {
      case 'test':
        return <TestImagePicker value={testIndex} onImage={onImage} active={active} seed={seed} compact={compact} />;
      case 'drawing':
        return <DrawingPad onImage={onImage} active={active} preview={padPreview} />;
      case 'photo':
        return <PhotoInput onImage={onImage} active={active} />;
      case 'camera':
        return <CameraSnap onImage={onImage} active={active} />;
    }
  };
  return (
    <div className={css.tabs} data-testid="image-source-tabs" data-source={shown} data-compact={compact ? '' : undefined}>
      {sources.length > 1 ? <Segmented legend={S.sourceLegend} options={sources} value={shown} onChange={choose} label={(s) => S.sources[s]} variant="segments" /> : null}
      {sources
        .filter((s) => opened.has(s))
        .map((s) => (
          <div key={s} hidden={s !== shown} data-panel={s}>
            {panel(s)}
          </div>
        ))}
    </div>
  );
}

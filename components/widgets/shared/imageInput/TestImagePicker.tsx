'use client';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Segmented, SelectField } from '@/components/ui';
import { mulberry32, streamSeed } from '@/lib/random/prng';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { DataStatus } from '../DataStatus';
import { drawGreyImage, imagePixels } from '../training/drawImage';
import { useFashionTest } from '../useFashionMnist';
import { useEmit } from './useEmit';
import { S } from './strings';
import type { InputImage, OnImage } from './types';
import css from './imageInput.module.css';

/** Test image `index` of the shipped split as the network gets it. */
export function testInputImage(set: ImageSet, index: number): InputImage {
  const bytes = imagePixels(set.images, index, set.width * set.height);
  return { pixels: Float32Array.from(bytes, (v) => v / 255), source: 'test', testIndex: index, label: set.labels[index] };
}

/** The test images' indices grouped by class. */
function byClass(set: ImageSet): number[][] {
  const out: number[][] = Array.from({ length: 10 }, () => []);
  for (let i = 0; i < set.count; i++) out[set.labels[i]]?.push(i);
  return out;
}

function Thumb({ set, index }: { set: ImageSet; index: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx) drawGreyImage(ctx, imagePixels(set.images, index, set.width * set.height), set.width, set.height, 0, 0, 1, false);
  }, [set, index]);
  return <canvas ref={ref} width={set.width} height={set.height} aria-hidden="true" className={css.pixelated} />;
}

/** How many thumbnails sit in one row of the grid, read from their positions. */
function columnsOf(buttons: (HTMLButtonElement | null)[]): number {
  const top = buttons[0]?.offsetTop;
  const n = buttons.findIndex((b) => b !== null && b.offsetTop !== top);
  return n > 0 ? n : buttons.length;
}

export interface TestImagePickerProps {
  /** The chosen test image (0–999), when the widget keeps it (for links); otherwise the picker does. */
  value?: number;
  defaultValue?: number;
  onImage: OnImage;
  /** Whether this source feeds the widget now (inside ImageSourceTabs). */
  active?: boolean;
  /** Seed of "a random one" (lib/random): the same sequence of images on every machine. */
  seed?: number;
  /** One scrolling row of thumbnails instead of a grid, where the widget must stay short. */
  compact?: boolean;
}

/**
 * The 1,000 shipped test images, 100 a class: a class, then a thumbnail (arrow keys move and
 * choose, like radio buttons), or a random one. Downloads the test split only (440 KB).
 */
export function TestImagePicker({ value, defaultValue = 0, onImage, active = true, seed = 1, compact = false }: TestImagePickerProps) {
  const { status, load } = useFashionTest(true);
  const set = status.kind === 'ready' ? status.test : null;
  const [own, setOwn] = useState(defaultValue);
  const selected = value ?? own;
  const valid = set !== null && Number.isInteger(selected) && selected >= 0 && selected < set.count;
  const groups = useMemo(() => (set ? byClass(set) : null), [set]);
  const [shownClass, setShownClass] = useState<number | null>(null);
  const cls = shownClass ?? (set && valid ? set.labels[selected] : 0);
  const emit = useEmit(onImage, active);
  const emitted = useRef<number | null>(null);
  const draws = useRef(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const hintId = useId();

  // A value set from outside (a link, the widget's default) is handed over once the images are here.
  useEffect(() => {
    if (set && valid && emitted.current !== selected) {
      emitted.current = selected;
      emit(testInputImage(set, selected));
    }
  }, [set, valid, selected, emit]);

  if (!set || !groups) {
    return (
      <div className={css.source} data-testid="test-image-picker" data-state={status.kind}>
        <DataStatus status={status.kind === 'ready' ? { kind: 'idle' } : status} onRetry={load} />
      </div>
    );
  }

  const choose = (index: number) => {
    setOwn(index);
    setShownClass(set.labels[index]);
    emitted.current = index;
    emit(testInputImage(set, index));
  };
  const list = groups[cls] ?? [];
  const focusIndex = list.includes(selected) ? selected : list[0];
  const move = (e: KeyboardEvent, at: number) => {
    const cols = columnsOf(buttons.current.slice(0, list.length));
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, ArrowDown: at + cols, ArrowUp: at - cols, Home: 0, End: list.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const i = Math.min(list.length - 1, Math.max(0, next));
    choose(list[i]);
    buttons.current[i]?.focus();
  };
  const random = () => {
    draws.current += 1;
    let index = Math.floor(mulberry32(streamSeed(seed, draws.current))() * set.count);
    if (index === selected) index = (index + 1) % set.count;
    choose(index);
  };

  return (
    <div className={css.source} data-testid="test-image-picker" data-state="ready" data-compact={compact ? '' : undefined}>
      {compact ? (
        <SelectField label={S.picker.classLegend} options={groups.map((_, c) => c)} value={cls} onChange={setShownClass} format={S.className} />
      ) : (
        <Segmented legend={S.picker.classLegend} options={groups.map((_, c) => c)} value={cls} onChange={setShownClass} label={S.className} />
      )}
      <div role="radiogroup" aria-label={S.picker.thumbsLabel(S.className(cls))} aria-describedby={hintId} className={compact ? `${css.thumbs} ${css.thumbRow}` : css.thumbs} data-testid="test-image-thumbs">
        {list.map((index, at) => (
          <button
            key={index}
            ref={(el) => {
              buttons.current[at] = el;
            }}
            type="button"
            role="radio"
            aria-checked={index === selected}
            aria-label={S.picker.thumbLabel(S.className(cls), index)}
            title={S.picker.thumbLabel(S.className(cls), index)}
            tabIndex={index === focusIndex ? 0 : -1}
            className={css.thumb}
            data-testid="test-image-thumb"
            data-index={index}
            onClick={() => choose(index)}
            onKeyDown={(e) => move(e, at)}
          >
            <Thumb set={set} index={index} />
          </button>
        ))}
      </div>
      <p id={hintId} className={compact ? 'visually-hidden' : css.hint}>
        {S.picker.hint}
      </p>
      <div className={css.pickerBar}>
        <p className={compact ? 'visually-hidden' : css.status} data-testid="test-image-chosen">
          {valid ? S.picker.chosen(S.className(set.labels[selected]), selected) : S.picker.none}
        </p>
        <Button onClick={random} data-testid="test-image-random">
          {S.picker.random}
        </Button>
      </div>
    </div>
  );
}

'use client';
import { useRef, type KeyboardEvent } from 'react';
import { ImageThumb, imagePixels } from '@/components/widgets/shared/training';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { S } from './strings';
import styles from './attention.module.css';

/** The first `perClass` test images of every class, in class order: the thumbnails offered. */
export function thumbnailIndices(set: ImageSet, perClass = 2): number[] {
  const out: number[][] = Array.from({ length: 10 }, () => []);
  for (let i = 0; i < set.count; i++) if (out[set.labels[i]].length < perClass) out[set.labels[i]].push(i);
  return out.flat();
}

interface Props {
  set: ImageSet;
  value: number;
  onChange: (index: number) => void;
  name: string;
}

/** A radio group of test-image thumbnails: Tab reaches the chosen one, arrow keys move, Home/End jump. */
export function Thumbnails({ set, value, onChange, name }: Props) {
  const base = thumbnailIndices(set);
  const list = base.includes(value) ? base : [value, ...base];
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, at: number) => {
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const i = (next + list.length) % list.length;
    onChange(list[i]);
    refs.current[i]?.focus();
  };
  return (
    <div role="radiogroup" aria-label={S.thumbsLabel} className={styles.thumbs} data-part={`${name}-thumbs`}>
      {list.map((index, at) => (
        <button
          key={index}
          ref={(el) => {
            refs.current[at] = el;
          }}
          type="button"
          role="radio"
          aria-checked={index === value}
          aria-label={S.thumbLabel(S.className(set.labels[index]), index)}
          title={S.thumbLabel(S.className(set.labels[index]), index)}
          tabIndex={index === value ? 0 : -1}
          className={styles.thumb}
          onClick={() => onChange(index)}
          onKeyDown={(e) => move(e, at)}
        >
          <ImageThumb pixels={imagePixels(set.images, index, set.width * set.height)} label={S.className(set.labels[index])} scale={2} size={set.width} />
        </button>
      ))}
    </div>
  );
}

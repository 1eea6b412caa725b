'use client';
import type { ImageSet } from '@/lib/compute/training/dataset';
import { ImageThumb } from '@/components/widgets/shared/training';

/** Image `index` of a set, through the shared thumbnail (class name as its text alternative). */
export function Thumb({ set, index, size = 56, label }: { set: ImageSet; index: number; size?: number; label: string }) {
  const px = set.width * set.height;
  return <ImageThumb pixels={set.images.subarray(index * px, (index + 1) * px)} label={label} scale={Math.max(1, Math.round(size / set.width))} size={set.width} />;
}

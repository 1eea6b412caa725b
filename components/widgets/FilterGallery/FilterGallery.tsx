'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { GalleryBody } from './GalleryBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

export interface FilterGalleryProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** Layer index and channel whose top images are shown (default: the first ReLU, channel 0). */
  layer?: number;
  channel?: number;
}

export function FilterGallery({ id, title = S.title, ...props }: FilterGalleryProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  return (
    <WidgetFrame name="FilterGallery" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <LoadGate note={S.note}>{(lab) => <GalleryBody lab={lab} state={state} set={set} />}</LoadGate>
    </WidgetFrame>
  );
}

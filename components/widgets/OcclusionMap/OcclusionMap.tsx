'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { OcclusionBody } from './OcclusionBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

export interface OcclusionMapProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** Test image 0–999 (default 0). */
  image?: number;
  /** Side of the grey square in pixels (default 6). */
  size?: number;
  /** Step between square positions (default 2). */
  stride?: number;
  /** 'grey' (default) or 'black'. */
  fill?: 'grey' | 'black';
}

export function OcclusionMap({ id, title = S.title, ...props }: OcclusionMapProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  return (
    <WidgetFrame name="OcclusionMap" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <LoadGate note={S.note}>{(lab) => <OcclusionBody lab={lab} state={state} set={set} />}</LoadGate>
    </WidgetFrame>
  );
}

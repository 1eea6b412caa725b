'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { DreamBody } from './DreamBody';
import { schema, type DreamMode } from './state';
import { ISSUES, S } from './strings';

export interface DeepDreamProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  mode?: DreamMode;
  /** Class to excite (0–9). */
  target?: number;
  layer?: number;
  channel?: number;
  image?: number;
  steps?: number;
  stepSize?: number;
  jitter?: number;
  blurEvery?: number;
  seed?: number;
}

export function DeepDream({ id, title = S.title, ...props }: DeepDreamProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  return (
    <WidgetFrame name="DeepDream" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <LoadGate note={S.note}>{(lab) => <DreamBody lab={lab} state={state} set={set} />}</LoadGate>
    </WidgetFrame>
  );
}

'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { SaliencyBody } from './SaliencyBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

export interface SaliencyViewProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** Test image 0–999 (default 0). */
  image?: number;
  /** Class to explain, 0–9; −1 (default) for the image's own class. */
  target?: number;
  /** Layer index and channel for the deconvnet (default: the last pooling layer, channel 0). */
  layer?: number;
  channel?: number;
}

export function SaliencyView({ id, title = S.title, ...props }: SaliencyViewProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  return (
    <WidgetFrame name="SaliencyView" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <LoadGate note={S.note}>{(lab) => <SaliencyBody lab={lab} state={state} set={set} />}</LoadGate>
    </WidgetFrame>
  );
}

'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { PruningBody } from './PruningBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

export interface PruningExplorerProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** Sparsity in % at first (default 90). */
  sparsity?: number;
  /** Fine-tuning batches (default 50). */
  batches?: number;
}

export function PruningExplorer({ id, title = S.title, ...props }: PruningExplorerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  return (
    <WidgetFrame name="PruningExplorer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <LoadGate note={S.note}>
        {(lab) => <PruningBody id={id} lab={lab} state={state} set={set} />}
      </LoadGate>
    </WidgetFrame>
  );
}

'use client';
import { useState } from 'react';
import { useWidgetStore } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { LoadGate } from '../compressionShared/LoadGate';
import { useTrainedModel } from '../compressionShared/useTrainedModel';
import { PruningBody } from './PruningBody';
import { DEFAULT_STATE, parsePruningState, type PruningState } from './state';
import { S } from './strings';

export interface PruningExplorerProps {
  /** Unique on the page: the anchor and the key of a shared link. */
  id: string;
  title?: string;
  /** Sparsity in % at first (default 90). */
  sparsity?: number;
  /** Fine-tuning batches (default 50). */
  batches?: number;
}

export function PruningExplorer({ id, title = S.title, sparsity, batches }: PruningExplorerProps) {
  const [initial] = useState<PruningState>(() => ({ ...DEFAULT_STATE, sparsity: sparsity ?? DEFAULT_STATE.sparsity, batches: batches ?? DEFAULT_STATE.batches }));
  const { state, set, linkError } = useWidgetStore(id, initial, parsePruningState);
  const { status, load, train } = useTrainedModel();
  return (
    <WidgetFrame name="PruningExplorer" id={id} title={title} state={state} linkError={linkError}>
      <LoadGate status={status} load={load} train={train} note={S.note}>
        {(lab) => <PruningBody id={id} lab={lab} state={state} set={set} />}
      </LoadGate>
    </WidgetFrame>
  );
}

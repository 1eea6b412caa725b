'use client';
import { useState } from 'react';
import { useWidgetStore } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import type { Bits } from '@/lib/compression/quantise';
import { LoadGate } from '../compressionShared/LoadGate';
import { useTrainedModel } from '../compressionShared/useTrainedModel';
import { QuantisationBody } from './QuantisationBody';
import { DEFAULT_STATE, parseQuantisationState, type QuantisationState } from './state';
import { S } from './strings';

export interface QuantisationExplorerProps {
  id: string;
  title?: string;
  bits?: Bits;
}

export function QuantisationExplorer({ id, title = S.title, bits }: QuantisationExplorerProps) {
  const [initial] = useState<QuantisationState>(() => ({ ...DEFAULT_STATE, bits: bits ?? DEFAULT_STATE.bits }));
  const { state, set, linkError } = useWidgetStore(id, initial, parseQuantisationState);
  const { status, load, train } = useTrainedModel();
  return (
    <WidgetFrame name="QuantisationExplorer" id={id} title={title} state={state} linkError={linkError}>
      <LoadGate status={status} load={load} train={train} note={S.note}>
        {(lab) => <QuantisationBody id={id} lab={lab} state={state} set={set} />}
      </LoadGate>
    </WidgetFrame>
  );
}

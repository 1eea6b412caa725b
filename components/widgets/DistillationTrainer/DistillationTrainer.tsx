'use client';
import { useState } from 'react';
import { useWidgetStore } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { LoadGate } from '../compressionShared/LoadGate';
import { useTrainedModel } from '../compressionShared/useTrainedModel';
import { DistillationBody } from './DistillationBody';
import { DEFAULT_STATE, parseDistillationState, type DistillationState } from './state';
import { S } from './strings';

export interface DistillationTrainerProps {
  id: string;
  title?: string;
  temperature?: number;
  alpha?: number;
}

export function DistillationTrainer({ id, title = S.title, temperature, alpha }: DistillationTrainerProps) {
  const [initial] = useState<DistillationState>(() => ({ ...DEFAULT_STATE, temperature: temperature ?? DEFAULT_STATE.temperature, alpha: alpha ?? DEFAULT_STATE.alpha }));
  const { state, set, linkError } = useWidgetStore(id, initial, parseDistillationState);
  const { status, load, train } = useTrainedModel();
  return (
    <WidgetFrame name="DistillationTrainer" id={id} title={title} state={state} linkError={linkError}>
      <LoadGate status={status} load={load} train={train} note={S.note}>
        {(lab) => <DistillationBody id={id} lab={lab} state={state} set={set} />}
      </LoadGate>
    </WidgetFrame>
  );
}

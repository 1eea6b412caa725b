'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { DistillationBody } from './DistillationBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

export interface DistillationTrainerProps {
  id: string;
  title?: string;
  temperature?: number;
  alpha?: number;
}

export function DistillationTrainer({ id, title = S.title, ...props }: DistillationTrainerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  return (
    <WidgetFrame name="DistillationTrainer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <LoadGate note={S.note}>
        {(lab) => <DistillationBody id={id} lab={lab} state={state} set={set} />}
      </LoadGate>
    </WidgetFrame>
  );
}

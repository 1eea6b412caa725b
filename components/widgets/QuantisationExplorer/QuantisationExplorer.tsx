'use client';
import { useWidgetState } from '@/components/widgets/shared/frame/useWidgetStore';
import { WidgetFrame } from '@/components/widgets/shared/frame/WidgetFrame';
import type { Bits } from '@/lib/compression/quantise';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { QuantisationBody } from './QuantisationBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

export interface QuantisationExplorerProps {
  id: string;
  title?: string;
  bits?: Bits;
}

export function QuantisationExplorer({ id, title = S.title, ...props }: QuantisationExplorerProps) {
  const { state, set, linkError, propIssues } = useWidgetState(id, schema, props, ISSUES);
  return (
    <WidgetFrame name="QuantisationExplorer" id={id} title={title} state={state} linkError={linkError} propIssues={propIssues}>
      <LoadGate note={S.note}>
        {(lab) => <QuantisationBody id={id} lab={lab} state={state} set={set} />}
      </LoadGate>
    </WidgetFrame>
  );
}

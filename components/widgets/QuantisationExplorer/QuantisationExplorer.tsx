'use client';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { SchemaWidget, type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { QuantisationBody } from './QuantisationBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type QuantisationExplorerProps = WidgetProps<typeof schema>;

export function QuantisationExplorer({ id, title = S.title, ...props }: QuantisationExplorerProps) {
  return (
    <SchemaWidget name="QuantisationExplorer" id={id} title={title} schema={schema} props={props} issues={ISSUES}>
      {({ state, set }) => (
        <LoadGate note={S.note}>
          {(lab) => <QuantisationBody id={id} lab={lab} state={state} set={set} />}
        </LoadGate>
      )}
    </SchemaWidget>
  );
}

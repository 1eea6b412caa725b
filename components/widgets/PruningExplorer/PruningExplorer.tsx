'use client';
import { LoadGate } from '@/components/widgets/shared/compression/LoadGate';
import { SchemaWidget, type WidgetProps } from '@/components/widgets/shared/frame/SchemaWidget';
import { PruningBody } from './PruningBody';
import { schema } from './state';
import { ISSUES, S } from './strings';

/** Any field of the state may be given as an MDX prop (state.ts says which values it takes). */
export type PruningExplorerProps = WidgetProps<typeof schema>;

export function PruningExplorer({ id, title = S.title, ...props }: PruningExplorerProps) {
  return (
    <SchemaWidget name="PruningExplorer" id={id} title={title} schema={schema} props={props} issues={ISSUES}>
      {({ state, set }) => (
        <LoadGate note={S.note}>
          {(lab) => <PruningBody id={id} lab={lab} state={state} set={set} />}
        </LoadGate>
      )}
    </SchemaWidget>
  );
}

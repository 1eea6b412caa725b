'use client';
import type { ComponentType } from 'react';
import type { Schema } from '@/lib/store/schema';
import type { IssueLabels } from '../frame/issueStrings';
import { SchemaWidget, type WidgetProps } from '../frame/SchemaWidget';
import { LoadGate } from './LoadGate';
import type { LabBodyProps } from './useLabBody';

/**
 * A compression widget: its schema state in a frame, the trained model loaded behind LoadGate,
 * then the widget's own body. Pruning, quantisation and distillation differ only in the body.
 */
export function labWidget<S extends object>(name: string, schema: Schema<S>, issues: IssueLabels, words: { title: string; note: string }, Body: ComponentType<LabBodyProps<S>>) {
  function LabWidget({ id, title = words.title, ...props }: WidgetProps<Schema<S>>) {
    return (
      <SchemaWidget name={name} id={id} title={title} schema={schema} props={props} issues={issues}>
        {({ state, set }) => <LoadGate note={words.note}>{(lab) => <Body id={id} lab={lab} state={state} set={set} />}</LoadGate>}
      </SchemaWidget>
    );
  }
  LabWidget.displayName = name;
  return LabWidget;
}

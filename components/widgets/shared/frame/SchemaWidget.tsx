'use client';
import type { ReactNode } from 'react';
import type { Schema } from '@/lib/store/schema';
import type { IssueLabels } from './issueStrings';
import { useWidgetState } from './useWidgetStore';
import { WidgetFrame } from './WidgetFrame';

/** A schema widget's props (`WidgetProps<typeof schema>`): its id, a title, and any of its state's fields. */
export type WidgetProps<Sc extends { defaults: object }> = { id: string; title?: string } & Partial<Sc['defaults']>;

type Bound<S extends object> = ReturnType<typeof useWidgetState<S>>;

interface Props<S extends object> {
  /** The widget's MDX name (data-widget). */
  name: string;
  id: string;
  title: string;
  schema: Schema<S>;
  /** The lesson's props, read by the schema. */
  props: Readonly<Record<string, unknown>>;
  issues?: IssueLabels;
  /** The widget's body, given its state and setter. */
  children: (bound: Bound<S>) => ReactNode;
}

/** The usual widget: state declared by a schema (props, links, sync) inside its frame. */
export function SchemaWidget<S extends object>({ name, id, title, schema, props, issues, children }: Props<S>) {
  const bound = useWidgetState(id, schema, props, issues);
  return (
    <WidgetFrame name={name} id={id} title={title} state={bound.state} linkError={bound.linkError} propIssues={bound.propIssues}>
      {children(bound)}
    </WidgetFrame>
  );
}

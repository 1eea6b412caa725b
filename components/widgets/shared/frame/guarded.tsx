'use client';
import type { ComponentType } from 'react';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';

/**
 * A widget as a lesson uses it: the error boundary wraps the whole widget, its state hook and its
 * lazy loading included, so nothing a link, a prop or a message carries can blank the lesson.
 */
export function guarded<P extends { id?: string; title?: string }>(name: string, Widget: ComponentType<P>): ComponentType<P> {
  function Guarded(props: P) {
    return (
      <WidgetErrorBoundary name={name} id={props.id} title={props.title}>
        <Widget {...props} />
      </WidgetErrorBoundary>
    );
  }
  Guarded.displayName = `Guarded(${name})`;
  return Guarded;
}

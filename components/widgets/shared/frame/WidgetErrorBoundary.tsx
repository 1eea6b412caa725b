'use client';
import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  /** Outside a WidgetFrame (around the whole widget), the box carries the widget's anchor and title. */
  id?: string;
  title?: string;
  children: ReactNode;
}

/** Keeps an error inside one widget: the lesson around it stays readable. */
export class WidgetErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    if (!this.state.error) return this.props.children;
    const box = (
      <div role="alert" className="widget-error">
        <p>
          <strong>This {this.props.name} widget stopped working.</strong> The rest of the lesson is
          unaffected.
        </p>
        <p className="widget-error-detail">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
    if (this.props.id === undefined) return box;
    return (
      <section className="widget" data-widget={this.props.name} data-ready="" id={this.props.id} aria-label={this.props.title ?? this.props.name}>
        {box}
      </section>
    );
  }
}

'use client';
import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

/** Keeps an error inside one widget: the lesson around it stays readable. */
export class WidgetErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
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
    }
    return this.props.children;
  }
}

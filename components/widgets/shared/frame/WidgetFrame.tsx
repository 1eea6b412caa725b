'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { shareUrl } from '@/lib/store/widgetState';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';

interface Props {
  /** The widget's MDX name, written to data-widget. */
  name: string;
  /** For a widget made of parts shown separately (e.g. LossExplorer), which part; data-part. */
  part?: string;
  /** Unique on the page; the anchor and the key of a shared link. */
  id: string;
  title: string;
  /** The widget's current serializable state, put into the link by "Copy link". */
  state: object;
  /** Shown when a shared link could not be applied. */
  linkError?: string | null;
  /** The lesson's settings that could not be used (from useWidgetState's propIssues). */
  propIssues?: readonly string[];
  children: ReactNode;
}

/** The box every widget sits in: a title, a "Copy link" control and an error boundary. */
export function WidgetFrame({ name, part, id, title, state, linkError, propIssues = [], children }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  // Set once the widget is hydrated and its controls respond (data-ready): before that, the
  // server-rendered controls are only a picture of the widget.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const copy = async () => {
    const url = shareUrl(window.location.href, id, state);
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied: opening it restores this widget as it is now.');
    } catch {
      setCopied('The address bar now holds a link to this widget as it is now; copy it from there.');
    }
  };
  return (
    <section className="widget" data-widget={name} data-part={part} data-ready={ready ? '' : undefined} id={id} aria-label={title}>
      <header className="widget-header">
        <h3 className="widget-title">{title}</h3>
        <button type="button" className="widget-copy" onClick={copy} aria-describedby={`${id}-copied`}>
          Copy link
        </button>
      </header>
      <p id={`${id}-copied`} className="widget-status" role="status">
        {copied}
      </p>
      {linkError ? (
        <p className="widget-warning" role="alert">
          {linkError}
        </p>
      ) : null}
      {propIssues.length ? (
        <ul className="widget-warning" role="alert">
          {propIssues.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <WidgetErrorBoundary name={name}>{children}</WidgetErrorBoundary>
    </section>
  );
}

import type { ReactNode } from 'react';

/** Speaker notes: kept in the page for the presenter view, hidden while reading. */
export function Notes({ children }: { children: ReactNode }) {
  return (
    <div className="speaker-notes" data-speaker-notes hidden>
      {children}
    </div>
  );
}

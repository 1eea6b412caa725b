import type { ReactNode } from 'react';

const labels = { note: 'Note', tip: 'Tip', warning: 'Watch out' } as const;

export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof labels; title?: string; children: ReactNode }) {
  const k = kind in labels ? kind : 'note';
  return (
    <aside className={`callout callout-${k}`} aria-label={title ?? labels[k]}>
      <p className="callout-title">{title ?? labels[k]}</p>
      {children}
    </aside>
  );
}

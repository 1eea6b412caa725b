'use client';
import { useEffect, useRef } from 'react';
import { S } from './strings';

/** The `?` list of keys, a modal dialog (Esc closes it). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="deck-dialog" aria-labelledby="deck-help-title" onClose={onClose}>
      <h2 id="deck-help-title">{S.help}</h2>
      <dl className="deck-shortcuts">
        {S.shortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              {keys.split('  ').map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p>{S.swipeHint}</p>
      <form method="dialog">
        <button type="submit" className="deck-button" autoFocus>
          {S.close}
        </button>
      </form>
    </dialog>
  );
}

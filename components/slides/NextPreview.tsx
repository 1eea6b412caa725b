'use client';
/**
 * The presenter's "next slide": a static, inert copy of that slide as it is in this window (so
 * widgets show their current state), refreshed when the slide changes. Being a copy, it has no
 * widget of its own that could send state to the audience; ids are removed so they stay unique.
 */
import { useEffect, useRef } from 'react';

function copyOf(source: HTMLElement): HTMLElement {
  const copy = source.cloneNode(true) as HTMLElement;
  for (const el of [copy, ...Array.from(copy.querySelectorAll<HTMLElement>('*'))]) {
    el.removeAttribute('id');
    el.removeAttribute('aria-labelledby');
    el.removeAttribute('aria-describedby');
    el.removeAttribute('aria-controls');
    el.removeAttribute('aria-live');
    el.removeAttribute('name');
    el.removeAttribute('for');
    el.removeAttribute('tabindex');
  }
  copy.removeAttribute('aria-label');
  copy.removeAttribute('aria-roledescription');
  // A canvas copies without its pixels: draw them over.
  const from = source.querySelectorAll('canvas');
  copy.querySelectorAll('canvas').forEach((c, i) => {
    const original = from[i];
    if (!original || !original.width || !original.height) return;
    try {
      c.getContext('2d')?.drawImage(original, 0, 0);
    } catch {
      // A tainted or WebGL canvas: leave it blank.
    }
  });
  return copy;
}

export function NextPreview({ rootSelector, index }: { rootSelector: string; index: number | null }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    if (index === null) {
      target.replaceChildren();
      return;
    }
    const source = document.querySelector<HTMLElement>(`${rootSelector} [data-slide-index="${index}"] > .slide`);
    if (!source) return;
    let timer = 0;
    const refresh = () => {
      const copy = copyOf(source);
      // Steps of the next slide start hidden, as the audience will first see it.
      copy.querySelectorAll('.slide-step').forEach((s) => s.setAttribute('data-step-hidden', ''));
      target.replaceChildren(copy);
    };
    refresh();
    // Widgets keep loading and computing after the slide appears: follow their changes.
    const mo = new MutationObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 250);
    });
    mo.observe(source, { subtree: true, childList: true, attributes: true, characterData: true });
    return () => {
      mo.disconnect();
      window.clearTimeout(timer);
    };
  }, [rootSelector, index]);
  return <div className="next-preview" ref={box} inert aria-hidden="true" />;
}

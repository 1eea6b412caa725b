'use client';
/**
 * What a deck window and a presenter window share: the position (slide, step) kept in the URL,
 * the channel to the other window, widget states following across it, and the laser pointer.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SlideMeta } from '@/lib/content/slides';
import { clampPosition, goTo, slideFromSearch, searchWithSlide, type Position } from '@/lib/content/slidesNav';
import { windowId, type Role, type SyncMessage } from '@/lib/content/slidesSync';
import type { WidgetSync } from '@/components/widgets/shared/frame/useWidgetStore';
import { openChannel, type Channel } from './channel';

/** What both deck windows (audience and presenter) are given by their page. */
export interface DeckWindowProps {
  slug: string;
  lessonTitle: string;
  slides: SlideMeta[];
  readingHref: string;
  children: ReactNode;
}

export interface Pointer {
  x: number;
  y: number;
}

export interface DeckState {
  slides: SlideMeta[];
  pos: Position;
  move: (to: Position) => void;
}

export const DeckContext = createContext<DeckState | null>(null);

export function useDeckState(): DeckState {
  const deck = useContext(DeckContext);
  if (!deck) throw new Error('A slide is rendered outside a deck');
  return deck;
}

/** Which slide an element belongs to, for <Step> inside it. */
export const SlideIndexContext = createContext<number>(-1);

interface RemoteWidgets extends WidgetSync {
  receive(id: string, state: unknown): void;
  known(): Record<string, unknown>;
}

function remoteWidgets(send: (id: string, state: object) => void): RemoteWidgets {
  const latest = new Map<string, unknown>();
  const subscribers = new Map<string, Set<(raw: unknown) => void>>();
  return {
    publish(id, state) {
      latest.set(id, state);
      send(id, state);
    },
    subscribe(id, apply) {
      let set = subscribers.get(id);
      if (!set) subscribers.set(id, (set = new Set()));
      set.add(apply);
      if (latest.has(id)) apply(latest.get(id));
      return () => set.delete(apply);
    },
    receive(id, state) {
      latest.set(id, state);
      subscribers.get(id)?.forEach((apply) => apply(state));
    },
    known: () => Object.fromEntries(latest),
  };
}

export function useDeckSync({ slug, slides, role }: { slug: string; slides: SlideMeta[]; role: Role }) {
  const steps = useMemo(() => slides.map((s) => s.steps), [slides]);
  const [pos, setPos] = useState<Position>({ slide: 0, step: 0 });
  const [pointer, setPointer] = useState<Pointer | null>(null);
  const [linked, setLinked] = useState(false);
  // Set once the window listens to its keys and its channel (data-deck-ready, for tests).
  const [ready, setReady] = useState(false);
  const posRef = useRef(pos);
  const channel = useRef<Channel | null>(null);
  const [me] = useState(() => windowId());
  const [widgets] = useState(() => remoteWidgets((id, state) => channel.current?.post({ type: 'widget', from: me, id, state })));

  // The slides never change while the page is open; a ref keeps the channel effect from
  // re-running (and saying hello again) if a re-render hands over an equal copy.
  const stepsRef = useRef(steps);
  const apply = useCallback((to: Position) => {
    const p = clampPosition(to, stepsRef.current);
    posRef.current = p;
    setPos(p);
    const search = searchWithSlide(window.location.search, p.slide);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  }, []);

  // A snapshot answers this window's hello; it is taken only if nobody moved here meanwhile.
  const awaitingSnapshot = useRef(true);
  const move = useCallback(
    (to: Position) => {
      awaitingSnapshot.current = false;
      apply(to);
      channel.current?.post({ type: 'goto', from: me, ...posRef.current });
    },
    [apply, me],
  );

  const started = useRef(false);
  useEffect(() => {
    if (!started.current) {
      started.current = true;
      apply(goTo(slideFromSearch(window.location.search, stepsRef.current.length), stepsRef.current));
    }
    const onMessage = (m: SyncMessage) => {
      if (m.from === me) return;
      setLinked(true);
      switch (m.type) {
        case 'goto':
          awaitingSnapshot.current = false;
          apply({ slide: m.slide, step: m.step });
          break;
        case 'widget':
          widgets.receive(m.id, m.state);
          break;
        case 'pointer':
          setPointer(m.x === null || m.y === null ? null : { x: m.x, y: m.y });
          break;
        case 'hello':
          channel.current?.post({ type: 'snapshot', from: me, to: m.from, ...posRef.current, widgets: widgets.known() });
          break;
        case 'snapshot':
          if (m.to !== me) break;
          if (awaitingSnapshot.current) apply({ slide: m.slide, step: m.step });
          awaitingSnapshot.current = false;
          for (const [id, state] of Object.entries(m.widgets)) widgets.receive(id, state);
          break;
      }
    };
    const ch = openChannel(slug, onMessage);
    channel.current = ch;
    ch.post({ type: 'hello', from: me, role });
    setReady(true);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [slug, apply, me, role, widgets]);

  const sendPointer = useCallback((p: Pointer | null) => channel.current?.post({ type: 'pointer', from: me, x: p?.x ?? null, y: p?.y ?? null }), [me]);

  const deck = useMemo<DeckState>(() => ({ slides, pos, move }), [slides, pos, move]);
  return { deck, steps, pos, move, widgets: widgets as WidgetSync, pointer, sendPointer, linked, ready };
}

/** Keys that belong to the control under focus (typing, sliders, radio groups) are left alone. */
export function keyBelongsToControl(e: KeyboardEvent): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  const t = e.target as HTMLElement | null;
  if (!t || !(t instanceof HTMLElement)) return false;
  if (t.isContentEditable) return true;
  const tag = t.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (t as HTMLInputElement).type;
    // Checkboxes and buttons take only Space; everything else takes arrows or typing too.
    if (type === 'checkbox' || type === 'button' || type === 'submit') return e.key === ' ';
    return true;
  }
  if ((tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') && (e.key === ' ' || e.key === 'Enter')) return true;
  const role = t.getAttribute('role');
  if (role && ['slider', 'spinbutton', 'radio', 'tab', 'grid', 'listbox', 'menu', 'menuitem', 'option', 'application', 'gridcell'].includes(role)) return true;
  return false;
}

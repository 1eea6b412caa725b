'use client';
import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createWidgetStore, readSharedState, type StateParser } from '@/lib/store/widgetState';

/**
 * A widget challenge (components/mdx/Quiz/Challenge) wraps a widget and grades its state: inside
 * one, every widget reports its current state under its id. Elsewhere nothing changes.
 */
export interface WidgetReporter {
  report(id: string, state: object): void;
}

export const WidgetReportContext = createContext<WidgetReporter | null>(null);

/**
 * Widget state that follows another window (the slide deck and its presenter view,
 * components/slides): when a provider is present, every local change is published as
 * `{ id, state }`, and a state arriving from the other window is validated with the widget's
 * own `parse` and applied without being sent back. Absent (the reading view), nothing changes.
 */
export interface WidgetSync {
  publish(id: string, state: object): void;
  /** Calls `apply` with each remote state for this widget (and the last one known, at once). */
  subscribe(id: string, apply: (raw: unknown) => void): () => void;
}

export const WidgetSyncContext = createContext<WidgetSync | null>(null);

/**
 * One zustand store per widget instance (two steppers on a page never share state). On mount,
 * state shared through a link (`?w.<id>=…`) is validated and applied; a bad link leaves the
 * defaults and reports why in `linkError`.
 */
export function useWidgetStore<S extends object>(id: string, initial: S, parse: StateParser<S>) {
  const [store] = useState(() => createWidgetStore(initial));
  const [linkError, setLinkError] = useState<string | null>(null);
  useEffect(() => {
    const shared = readSharedState(window.location.search, id);
    if (!shared) return;
    if ('error' in shared) {
      setLinkError(shared.error);
      return;
    }
    const parsed = parse(shared.raw);
    if (parsed.ok) store.getState().set(parsed.value);
    else setLinkError(`The shared link for this widget was not applied: ${parsed.error}`);
    // Read the link once, when the widget first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, store]);
  const sync = useContext(WidgetSyncContext);
  useEffect(() => {
    if (!sync) return;
    let applying = false;
    const stopRemote = sync.subscribe(id, (raw) => {
      const parsed = parse(raw);
      if (!parsed.ok) return;
      applying = true;
      try {
        store.getState().set(parsed.value);
      } finally {
        applying = false;
      }
    });
    const stopLocal = store.subscribe((now, before) => {
      if (!applying && now.state !== before.state) sync.publish(id, now.state);
    });
    return () => {
      stopRemote();
      stopLocal();
    };
    // `parse` is the widget's module-level validator; following it would resubscribe each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sync, id, store]);
  const state = useStore(store, (s) => s.state);
  const reporter = useContext(WidgetReportContext);
  useEffect(() => reporter?.report(id, state), [reporter, id, state]);
  const set = useStore(store, (s) => s.set);
  const reset = useStore(store, (s) => s.reset);
  return { state, set, reset, linkError, store };
}

'use client';
import { createContext, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createWidgetStore, readSharedState, type WidgetStore } from '@/lib/store/widgetState';
import type { Schema } from '@/lib/store/schema';
import { ISSUE_WORDS, issuesText, wordIssue, type IssueLabels } from './issueStrings';

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
 * own parser and applied without being sent back. Absent (the reading view), nothing changes.
 */
export interface WidgetSync {
  publish(id: string, state: object): void;
  /** Calls `apply` with each remote state for this widget (and the last one known, at once). */
  subscribe(id: string, apply: (raw: unknown) => void): () => void;
}

export const WidgetSyncContext = createContext<WidgetSync | null>(null);

/** Reads a raw state (a link's or a sync message's) over the current one: the new state, or why not. */
type Reader<S> = (raw: unknown, current: S) => { state: S } | { error: string };

/**
 * One zustand store per widget instance (two steppers on a page never share state). On mount,
 * state shared through a link (`?w.<id>=…`) is read and applied; a bad link leaves the state as
 * it was and says why in `linkError`. Presenter-sync messages go through the same reader.
 */
function useStoreWithLink<S extends object>(id: string, initial: S, read: Reader<S>) {
  const [store] = useState(() => createWidgetStore(initial));
  const [linkError, setLinkError] = useState<string | null>(null);
  useEffect(() => {
    const shared = readSharedState(window.location.search, id);
    if (!shared) return;
    if ('error' in shared) {
      setLinkError(shared.error);
      return;
    }
    const r = read(shared.raw, store.getState().state);
    if ('state' in r) store.getState().set(r.state);
    else setLinkError(r.error);
    // Read the link once, when the widget first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, store]);
  const sync = useContext(WidgetSyncContext);
  useEffect(() => {
    if (!sync) return;
    let applying = false;
    const stopRemote = sync.subscribe(id, (raw) => {
      const r = read(raw, store.getState().state);
      if (!('state' in r)) return;
      applying = true;
      try {
        store.getState().set(r.state);
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
    // `read` is built from the widget's module-level schema; following it would resubscribe each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sync, id, store]);
  const state = useStore(store, (s) => s.state);
  const reporter = useContext(WidgetReportContext);
  useEffect(() => reporter?.report(id, state), [reporter, id, state]);
  const set = useStore(store, (s) => s.set);
  const reset = useStore(store, (s) => s.reset);
  return { state, set, reset, linkError, store: store as StoreApi<WidgetStore<S>> };
}

/**
 * A widget whose state is declared with lib/store/schema.ts: MDX props make the starting state
 * (each unreadable prop reported in `propIssues` and replaced by its default), and shared links
 * and sync messages are read by the same declaration. Nothing here throws on what it reads.
 */
export function useWidgetState<S extends object>(id: string, schema: Schema<S>, props: Readonly<Record<string, unknown>>, words: IssueLabels = {}) {
  const [start] = useState(() => schema.fromProps(props));
  const core = useStoreWithLink<S>(id, start.state, (raw, current) => {
    const r = schema.parse(raw, current);
    return r.issues.length ? { error: `${ISSUE_WORDS.linkNotApplied} ${issuesText(r.issues, words)}` } : { state: r.state };
  });
  const propIssues = start.issues.map((i) => `${ISSUE_WORDS.propIgnored(i.field)} ${wordIssue(i, words.label, words.detail)}`);
  return { ...core, propIssues };
}

/**
 * Shareable widget state: each widget instance keeps a serializable state object, and a link
 * can carry it in the query string as `w.<id>=<json>`. No React here; see
 * components/widgets/shared/frame/useWidgetStore.ts for the hook, and lib/store/schema.ts for
 * how a widget declares and reads its state.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface WidgetStore<S> {
  state: S;
  set: (patch: Partial<S>) => void;
  reset: () => void;
}

export function createWidgetStore<S extends object>(initial: S): StoreApi<WidgetStore<S>> {
  return createStore<WidgetStore<S>>((set) => ({
    state: initial,
    set: (patch) => set((s) => ({ state: { ...s.state, ...patch } })),
    reset: () => set({ state: initial }),
  }));
}

export const sharedParamName = (id: string) => `w.${id}`;

/** The raw shared state for one widget in a query string, or undefined when absent. */
export function readSharedState(search: string, id: string): { raw: unknown } | { error: string } | undefined {
  const value = new URLSearchParams(search).get(sharedParamName(id));
  if (value === null) return undefined;
  try {
    return { raw: JSON.parse(value) as unknown };
  } catch {
    return { error: 'The shared link for this widget is damaged (not valid JSON); showing the defaults.' };
  }
}

/** A URL that opens the page with this widget configured and scrolled into view. */
export function shareUrl(href: string, id: string, state: object): string {
  const url = new URL(href);
  url.searchParams.set(sharedParamName(id), JSON.stringify(state));
  url.hash = id;
  return url.toString();
}

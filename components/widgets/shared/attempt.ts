/**
 * Run a computation that may throw (TensorFlow.js refusing a shape, a trace failing) and keep its
 * value or its message, so a view shows the failure in place instead of losing the widget. No React.
 */
export type Attempt<T> = { value: T; error: null } | { value: null; error: string };

export function attempt<T>(run: () => T): Attempt<T> {
  try {
    return { value: run(), error: null };
  } catch (e) {
    return { value: null, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Nothing to run yet (the engine is loading, the settings are invalid). */
export const NOT_YET = { value: null, error: null } as const;

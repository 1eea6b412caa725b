/**
 * Messages between the audience deck and the presenter view of one lesson (one channel per
 * lesson). Everything arriving is validated here: another tab, an old version of the site or a
 * stray localStorage write must not be able to break a window. No React, no browser APIs.
 */

export type SyncMessage =
  /** Moved to a slide (and step). */
  | { type: 'goto'; from: string; slide: number; step: number }
  /** A widget's state changed; the receiver validates it with the widget's own parser. */
  | { type: 'widget'; from: string; id: string; state: unknown }
  /** The laser pointer, as a fraction of the slide stage; null when it is off or left the slide. */
  | { type: 'pointer'; from: string; x: number | null; y: number | null }
  /** A window opened: whoever is already there answers with a snapshot. */
  | { type: 'hello'; from: string; role: Role }
  /** Where a window is and the widget states it knows. */
  | { type: 'snapshot'; from: string; to: string; slide: number; step: number; widgets: Record<string, unknown> };

export type Role = 'audience' | 'presenter';

export const channelName = (slug: string) => `cnn-course:${slug}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10_000;
const isFraction = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** The message, if `raw` is a well-formed one; otherwise null (and it is ignored). */
export function parseSyncMessage(raw: unknown): SyncMessage | null {
  if (!isObject(raw) || !isId(raw.from)) return null;
  const from = raw.from;
  switch (raw.type) {
    case 'goto':
      return isIndex(raw.slide) && isIndex(raw.step) ? { type: 'goto', from, slide: raw.slide, step: raw.step } : null;
    case 'widget':
      return isId(raw.id) && 'state' in raw && isObject(raw.state) ? { type: 'widget', from, id: raw.id, state: raw.state } : null;
    case 'pointer':
      if (raw.x === null && raw.y === null) return { type: 'pointer', from, x: null, y: null };
      return isFraction(raw.x) && isFraction(raw.y) ? { type: 'pointer', from, x: raw.x, y: raw.y } : null;
    case 'hello':
      return raw.role === 'audience' || raw.role === 'presenter' ? { type: 'hello', from, role: raw.role } : null;
    case 'snapshot': {
      if (!isId(raw.to) || !isIndex(raw.slide) || !isIndex(raw.step) || !isObject(raw.widgets)) return null;
      const widgets: Record<string, unknown> = {};
      for (const [id, state] of Object.entries(raw.widgets)) if (isId(id) && isObject(state)) widgets[id] = state;
      return { type: 'snapshot', from, to: raw.to, slide: raw.slide, step: raw.step, widgets };
    }
    default:
      return null;
  }
}

/** A window's id on the channel, so it can ignore its own echoes and address a snapshot. */
export function windowId(random: () => number = Math.random): string {
  return `w${Math.floor(random() * 2 ** 48).toString(36)}`;
}

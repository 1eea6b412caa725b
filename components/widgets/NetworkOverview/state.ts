/**
 * The network overview's state, declared once: it reads MDX props, shared links and presenter-sync
 * messages. The image is a test-image index (a drawing or a photo cannot travel in a link); the
 * selected unit is checked against the network's shapes by the view (units.ts), since the shapes
 * are the network's, not the link's. No React, no words.
 */
import { custom, defineSchema, int, oneOf, type StateOf } from '@/lib/store/schema';
import type { UnitRef } from '@/lib/compute/overview/types';
import type { ImageSource } from '@/components/widgets/shared/imageInput/types';

export const TEST_IMAGES = 1000;
export const SOURCES = ['test', 'drawing', 'photo', 'camera'] as const satisfies readonly ImageSource[];
/** Bounds a link's unit must respect before any network is known (the view checks the rest). */
export const UNIT_LIMITS = { layer: [-1, 99], channel: [0, 4095], y: [0, 255], x: [0, 255] } as const;
const KEYS = ['layer', 'channel', 'y', 'x'] as const;

/** A unit as a link writes it: {layer, channel, y, x} or [layer, channel, y, x]; null for none. */
export function readUnit(v: unknown): { value: UnitRef | null } | { reason: string } {
  if (v === null) return { value: null };
  const field = (o: object, k: string) => (Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : k === 'y' || k === 'x' ? 0 : undefined);
  const raw: unknown[] | null = Array.isArray(v) ? v : typeof v === 'object' && v ? KEYS.map((k) => field(v, k)) : null;
  if (!raw || raw.length !== 4) return { reason: 'unit-shape' };
  const out = {} as UnitRef;
  for (const [i, key] of KEYS.entries()) {
    const n = raw[i];
    const [lo, hi] = UNIT_LIMITS[key];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) return { reason: `unit-${key}` };
    out[key] = n + 0; // -0 reads as 0, as JSON does
  }
  return { value: out };
}

export const schema = defineSchema({
  /** Which of the 1,000 shipped test images the network looks at. */
  image: int(0, TEST_IMAGES - 1, 0),
  /** The unit whose value the detail panel explains; null: none selected. */
  unit: custom<UnitRef | null>(null, (v) => readUnit(v)),
  /** Where the image comes from; a drawing or photo itself never travels in a link. */
  source: oneOf(SOURCES, 'test', { draw: 'drawing', pad: 'drawing', upload: 'photo', file: 'photo' }),
});

export type OverviewState = StateOf<typeof schema.fields>;
export const DEFAULT_STATE = schema.defaults;

/** DeepDream's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, num, oneOf, type StateOf } from '@/lib/store/schema';
import { FASHION_CNN } from '@/lib/compute/training/spec';
import { mapLayers } from '@/lib/compute/visualise/layers';

export const MODES = ['class', 'channel', 'dream'] as const;
export type DreamMode = (typeof MODES)[number];
export const MAP_LAYERS = mapLayers(FASHION_CNN);
const MAX_CHANNELS = Math.max(...MAP_LAYERS.map((m) => m.shape[2]));

export const schema = defineSchema(
  {
    /** Excite a class's score, one channel's mean activation, or (dream) a whole layer's energy from an image. */
    mode: oneOf(MODES, 'class'),
    target: int(0, 9, 7),
    layer: int(0, FASHION_CNN.layers.length - 1, MAP_LAYERS[1].index),
    channel: int(0, MAX_CHANNELS - 1, 0),
    /** The starting image of dream mode: a test image index. */
    image: int(0, 999, 0),
    steps: int(10, 400, 120),
    /** Pixels move by stepSize × gradient / mean |gradient| each step. */
    stepSize: num(0.005, 0.2, 0.03),
    jitter: int(0, 4, 1),
    /** Blur every this many steps; 0 never. */
    blurEvery: int(0, 20, 4),
    seed: int(1, 9999, 1),
  },
  {
    normalize: (s) => {
      const layer = MAP_LAYERS.find((m) => m.index === s.layer) ?? MAP_LAYERS[1];
      return { ...s, layer: layer.index, channel: Math.min(s.channel, layer.shape[2] - 1) };
    },
  },
);

export type DreamState = StateOf<typeof schema.fields>;

/** The σ of the blur, in pixels: fixed, so the blur slider says only how often. */
export const BLUR_SIGMA = 0.5;

/** SaliencyView's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, type StateOf } from '@/lib/store/schema';
import { FASHION_CNN } from '@/lib/compute/training/spec';
import { mapLayers } from '@/lib/compute/visualise/layers';

/** The layers of the shipped network whose units the deconvnet can project. */
export const MAP_LAYERS = mapLayers(FASHION_CNN);
const MAX_CHANNELS = Math.max(...MAP_LAYERS.map((m) => m.shape[2]));

export const schema = defineSchema(
  {
    /** Index in the 1,000 test images. */
    image: int(0, 999, 0),
    /** The class explained; −1 = the image's own class (or the prediction for a drawing or photo). */
    target: int(-1, 9, -1),
    /** The layer (index in the network's layers) and channel the deconvnet projects. */
    layer: int(0, FASHION_CNN.layers.length - 1, MAP_LAYERS.at(-1)!.index),
    channel: int(0, MAX_CHANNELS - 1, 0),
  },
  {
    normalize: (s) => {
      const layer = MAP_LAYERS.find((m) => m.index === s.layer) ?? MAP_LAYERS.at(-1)!;
      return { ...s, layer: layer.index, channel: Math.min(s.channel, layer.shape[2] - 1) };
    },
  },
);

export type SaliencyState = StateOf<typeof schema.fields>;

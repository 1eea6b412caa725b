/** FilterGallery's state, declared once: it reads MDX props, shared links and sync messages. No React. */
import { defineSchema, int, type StateOf } from '@/lib/store/schema';
import { FASHION_CNN } from '@/lib/compute/training/spec';
import { mapLayers } from '@/lib/compute/visualise/layers';

export const MAP_LAYERS = mapLayers(FASHION_CNN);
const MAX_CHANNELS = Math.max(...MAP_LAYERS.map((m) => m.shape[2]));

export const schema = defineSchema(
  {
    /** The layer (index in the network's layers) and channel whose top images are shown. */
    layer: int(0, FASHION_CNN.layers.length - 1, MAP_LAYERS[1].index),
    channel: int(0, MAX_CHANNELS - 1, 0),
  },
  {
    normalize: (s) => {
      const layer = MAP_LAYERS.find((m) => m.index === s.layer) ?? MAP_LAYERS[1];
      return { ...s, layer: layer.index, channel: Math.min(s.channel, layer.shape[2] - 1) };
    },
  },
);

export type FilterGalleryState = StateOf<typeof schema.fields>;

/** AugmentationGallery's state, declared once: MDX props, shared links and sync messages. No React. */
import { bool, defineSchema, int, num, type StateOf } from '@/lib/store/schema';
// The limits only: importing lib/compute/training/augment would bring TensorFlow.js into the first load.
import { AUGMENT_LIMITS } from '@/lib/compute/training/augmentLimits';
import { MAX_SEED } from '@/lib/random/prng';

const limits = <K extends keyof typeof AUGMENT_LIMITS>(k: K) => AUGMENT_LIMITS[k] as readonly [number, number];

// The augmentation fields take their limits from lib (augmentSettingsError): one source.
export const schema = defineSchema({
  /** Fashion-MNIST class 0–9. */
  cls: int(0, 9, 9),
  /** Which test image of that class, 0–99. */
  example: int(0, 99, 0),
  seed: int(0, MAX_SEED, 1),
  flipH: bool(true),
  flipV: bool(false),
  rotation: num(...limits('rotation'), 15),
  shift: int(...limits('shift'), 2),
  brightness: num(...limits('brightness'), 0.1),
  contrast: num(...limits('contrast'), 0.2),
  noise: num(...limits('noise'), 0.05),
});

export type GalleryState = StateOf<typeof schema.fields>;
export const DEFAULT_GALLERY: GalleryState = schema.defaults;

export const COPIES = 11;
export { AUGMENT_LIMITS };

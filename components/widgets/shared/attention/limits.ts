/** What the attention lesson's trained network offers both widgets. No React. */

/** Channels of the SE block and of the maps the spatial mask sees. */
export const CHANNELS = 16;
/** Fashion-MNIST test images the widgets can pick from. */
export const TEST_IMAGES = 1000;

/** The limits of each augmentation setting: plain numbers, so a widget's state can read them without TensorFlow.js. */
export const AUGMENT_LIMITS = { rotation: [0, 180], shift: [0, 8], brightness: [0, 0.5], contrast: [0, 0.9], noise: [0, 0.5] } as const;

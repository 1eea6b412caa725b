/** The logical size every slide is laid out at, then scaled to the screen. */
export const STAGE_W = 1280;
export const STAGE_H = 720;
/** Inner margins of a slide. */
export const PAD_X = 56;
export const PAD_TOP = 36;
export const PAD_BOTTOM = 36;
/** How far a slide's content may shrink to fit before it counts as too long (tests hold this). */
export const MIN_FIT = 0.5;

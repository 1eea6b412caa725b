/** Windows per second; the fast ones sweep a 46×70 photo (3,220 windows) in under a minute. */
export const SPEEDS = [0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256] as const;
/** The largest window index a link may carry; the view clamps it to the last window. */
export const MAX_STEP = 100_000;

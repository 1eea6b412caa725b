/** The sandbox's plain logic: blocks and their limits, the live table, presets, state and its encodings. */
export * from './blocks';
export * from './analysis';
export * from './state';
export * from './presets';
export * from './edit';

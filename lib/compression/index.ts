/** Model compression as plain arithmetic: pruning, quantisation, sizes, distillation loss. */
export * from './prune';
export * from './quantise';
export * from './sizes';
export * from './distillation';
export * from './histogram';

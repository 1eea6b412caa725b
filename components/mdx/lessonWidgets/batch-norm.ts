/** The widgets the `batch-norm` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

/** The widgets the `siamese-triplet` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

/** The widgets the `attention` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

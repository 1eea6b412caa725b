/** The widgets the `compression` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

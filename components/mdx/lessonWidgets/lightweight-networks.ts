/** The widgets the `lightweight-networks` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

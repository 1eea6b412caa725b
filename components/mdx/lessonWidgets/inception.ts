/** The widgets the `inception` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

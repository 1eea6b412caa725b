/** The widgets the `preprocessing` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

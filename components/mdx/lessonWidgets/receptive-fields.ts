/** The widgets the `receptive-fields` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

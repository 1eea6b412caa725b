/** The widgets the `fc-dropout` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

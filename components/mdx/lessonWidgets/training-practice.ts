/** The widgets the `training-practice` lesson uses; spread into the MDX map by components.tsx. */
export const widgets = {};

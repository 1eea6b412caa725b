/** The widgets the `attention` lesson uses; spread into the MDX map by components.tsx. */
import { AttentionMasks, SqueezeExcite } from './attention.lazy';

export const widgets = { SqueezeExcite, AttentionMasks };

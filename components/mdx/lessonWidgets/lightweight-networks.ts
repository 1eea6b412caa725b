/** The widgets the `lightweight-networks` lesson uses; spread into the MDX map by components.tsx. */
import { ChannelShuffle, DepthwiseSeparableCost } from './lightweight-networks.lazy';

export const widgets = { ChannelShuffle, DepthwiseSeparableCost };

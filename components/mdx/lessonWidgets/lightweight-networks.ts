/** The widgets the `lightweight-networks` lesson uses; spread into the MDX map by components.tsx. */
import { ChannelShuffle } from '@/components/widgets/ChannelShuffle';
import { DepthwiseSeparableCost } from '@/components/widgets/DepthwiseSeparableCost';

export const widgets = { ChannelShuffle, DepthwiseSeparableCost };

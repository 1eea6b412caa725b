export { ChannelShuffle, type ChannelShuffleProps } from './ChannelShuffle';

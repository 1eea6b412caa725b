'use client';
/**
 * The `lightweight-networks` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const ChannelShuffle = dynamic(() => import('@/components/widgets/ChannelShuffle').then((m) => m.ChannelShuffle));
export const DepthwiseSeparableCost = dynamic(() => import('@/components/widgets/DepthwiseSeparableCost').then((m) => m.DepthwiseSeparableCost));

'use client';
/**
 * The `attention` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const SqueezeExcite = dynamic(() => import('@/components/widgets/SqueezeExcite').then((m) => m.SqueezeExcite));
export const AttentionMasks = dynamic(() => import('@/components/widgets/AttentionMasks').then((m) => m.AttentionMasks));

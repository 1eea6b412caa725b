'use client';
/**
 * The `activations` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const ActivationExplorer = dynamic(() => import('@/components/widgets/ActivationExplorer').then((m) => m.ActivationExplorer));
export const DyingRelu = dynamic(() => import('@/components/widgets/DyingRelu').then((m) => m.DyingRelu));
export const GradientChain = dynamic(() => import('@/components/widgets/GradientChain').then((m) => m.GradientChain));

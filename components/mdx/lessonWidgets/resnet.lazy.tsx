'use client';
/**
 * The `resnet` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const GradientFlow = dynamic(() => import('@/components/widgets/GradientFlow').then((m) => m.GradientFlow));

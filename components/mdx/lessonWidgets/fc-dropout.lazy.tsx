'use client';
/**
 * The `fc-dropout` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const ClassifierHeads = dynamic(() => import('@/components/widgets/ClassifierHeads').then((m) => m.ClassifierHeads));
export const DropoutDemo = dynamic(() => import('@/components/widgets/DropoutDemo').then((m) => m.DropoutDemo));
export const FcAsConv = dynamic(() => import('@/components/widgets/FcAsConv').then((m) => m.FcAsConv));
export const PointwiseConv = dynamic(() => import('@/components/widgets/PointwiseConv').then((m) => m.PointwiseConv));

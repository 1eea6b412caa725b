'use client';
/**
 * The `preprocessing` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const MeanImageExplorer = dynamic(() => import('@/components/widgets/MeanImageExplorer').then((m) => m.MeanImageExplorer));
export const PreprocessingExplorer = dynamic(() => import('@/components/widgets/PreprocessingExplorer').then((m) => m.PreprocessingExplorer));
export const SigmoidSaturation = dynamic(() => import('@/components/widgets/SigmoidSaturation').then((m) => m.SigmoidSaturation));

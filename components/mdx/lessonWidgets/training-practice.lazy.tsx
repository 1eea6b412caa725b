'use client';
/**
 * The `training-practice` lesson's widgets, each loaded in its own chunk: a lesson page carries
 * the code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const AugmentationGallery = dynamic(() => import('@/components/widgets/AugmentationGallery').then((m) => m.AugmentationGallery));
export const OverfittingLab = dynamic(() => import('@/components/widgets/OverfittingLab').then((m) => m.OverfittingLab));
export const FineTuneLab = dynamic(() => import('@/components/widgets/FineTuneLab').then((m) => m.FineTuneLab));

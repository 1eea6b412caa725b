'use client';
/**
 * The first two lessons' widgets, each loaded in its own chunk, so a lesson page carries the code
 * of the widgets it shows and no others. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const ConvCostCounter = dynamic(() => import('@/components/widgets/ConvCostCounter').then((m) => m.ConvCostCounter));
export const ConvolutionStepper = dynamic(() => import('@/components/widgets/ConvolutionStepper').then((m) => m.ConvolutionStepper));
export const Im2colView = dynamic(() => import('@/components/widgets/Im2colView').then((m) => m.Im2colView));
export const FcScaling = dynamic(() => import('@/components/widgets/FcScaling').then((m) => m.FcScaling));
export const LayerPattern = dynamic(() => import('@/components/widgets/LayerPattern').then((m) => m.LayerPattern));

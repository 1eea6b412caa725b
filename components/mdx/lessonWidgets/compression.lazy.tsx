'use client';
/**
 * The `compression` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const PruningExplorer = dynamic(() => import('@/components/widgets/PruningExplorer').then((m) => m.PruningExplorer));
export const QuantisationExplorer = dynamic(() => import('@/components/widgets/QuantisationExplorer').then((m) => m.QuantisationExplorer));
export const DistillationTrainer = dynamic(() => import('@/components/widgets/DistillationTrainer').then((m) => m.DistillationTrainer));

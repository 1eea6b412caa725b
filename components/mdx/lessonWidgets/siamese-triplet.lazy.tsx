'use client';
/**
 * The `siamese-triplet` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const EmbeddingTrainer = dynamic(() => import('@/components/widgets/EmbeddingTrainer').then((m) => m.EmbeddingTrainer));
export const MultiTaskTrainer = dynamic(() => import('@/components/widgets/MultiTaskTrainer').then((m) => m.MultiTaskTrainer));

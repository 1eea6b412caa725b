'use client';
/**
 * The `inception` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const InceptionCost = dynamic(() => import('@/components/widgets/InceptionCost').then((m) => m.InceptionCost));

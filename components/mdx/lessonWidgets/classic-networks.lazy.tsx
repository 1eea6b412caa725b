'use client';
/**
 * The `classic-networks` lesson's widgets, each loaded in its own chunk: a lesson page carries the
 * code of its own widgets only. Server-rendered HTML shows until the chunk arrives.
 */
import dynamic from 'next/dynamic';

export const ArchitectureExplorer = dynamic(() => import('@/components/widgets/ArchitectureExplorer').then((m) => m.ArchitectureExplorer));

'use client';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { progressStore, type ProgressState } from '@/lib/store/progress';

/** Progress for components; reads localStorage after mount so the static HTML hydrates cleanly. */
export function useProgress<T>(select: (s: ProgressState) => T): T {
  useEffect(() => progressStore.getState().hydrate(), []);
  return useStore(progressStore, select);
}

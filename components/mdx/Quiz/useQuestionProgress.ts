'use client';
/** The saved record of one question, and the hint/solution/draft state both question views share. */
import { useState } from 'react';
import { useProgress } from '@/components/course/useProgress';

export function useQuestionProgress(id: string) {
  const saved = useProgress((s) => s.quizzes[id]);
  const hydrated = useProgress((s) => s.hydrated);
  const seed = useProgress((s) => s.seed);
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return { saved, hydrated, seed, hintsShown, setHintsShown, solutionOpen, setSolutionOpen, error, setError };
}

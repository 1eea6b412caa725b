'use client';
import { useEffect, useMemo, useState } from 'react';
import type { AttentionModel, AttentionOptions, Survey } from '@/lib/compute/attentionInspect';
import type { FashionData } from '@/components/widgets/shared/useFashionMnist';

type Compute = typeof import('@/lib/compute');

/** What AttentionGate hands both attention widgets' bodies, with the widget's state. */
export interface AttentionBodyProps<S> {
  id: string;
  compute: Compute;
  model: AttentionModel;
  data: FashionData;
  state: S;
  set: (patch: Partial<S>) => void;
}

/** The maps the attention layers see for test image `image`: the trained trunk's output, once per image. */
export function useHeadMaps(compute: Compute, model: AttentionModel, test: FashionData['test'], image: number): Float32Array {
  const A = compute.attention;
  return useMemo(() => {
    const x = A.imageTensor(test, image);
    const m = A.headMaps(model, x)[0];
    x.dispose();
    return m;
  }, [A, model, test, image]);
}

/**
 * The test set surveyed under each of `variants` (100 images a slice, the page kept live between
 * slices); null until it is done, with the images done so far. Starts over for a new model or set.
 */
export function useSurvey(compute: Compute, model: AttentionModel, test: FashionData['test'], variants: AttentionOptions[]): { survey: Survey | null; done: number } {
  const [survey, setSurvey] = useState<Survey | null>(null);
  const [done, setDone] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setSurvey(null);
    setDone(0);
    compute.attention
      .surveySet(model, test, variants, 100, async (n) => {
        if (cancelled) throw new Error('cancelled');
        setDone(n);
        await compute.yieldToPage();
      })
      .then((s) => !cancelled && setSurvey(s), () => undefined);
    return () => {
      cancelled = true;
    };
  }, [compute, model, test, variants]);
  return { survey, done };
}

'use client';
import { useCallback, useState } from 'react';
import { decodeWeights, type WeightsHeader } from '@/lib/compute/training/weightsFile';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { MODEL_PATH } from './model';

export type Pretrained = { header: WeightsHeader; weights: Map<string, Float32Array> };
export type PretrainedStatus = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; model: Pretrained } | { kind: 'failed'; error: string };

let pending: Promise<Pretrained> | null = null;

function fetchModel(): Promise<Pretrained> {
  pending ??= fetch(assetUrl(MODEL_PATH))
    .then(async (res) => {
      if (!res.ok) throw new Error(`the server answered ${res.status} for ${MODEL_PATH}.`);
      return decodeWeights(new Uint8Array(await res.arrayBuffer()));
    })
    .catch((e: unknown) => {
      pending = null;
      throw e;
    });
  return pending;
}

/** The shared pre-trained Fashion-MNIST network (one file), fetched once per page on demand. */
export function usePretrained() {
  const [status, setStatus] = useState<PretrainedStatus>({ kind: 'idle' });
  const load = useCallback(() => {
    setStatus({ kind: 'loading' });
    const p = fetchModel();
    p.then(
      (model) => setStatus({ kind: 'ready', model }),
      (e: unknown) => setStatus({ kind: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
    return p;
  }, []);
  return { status, load };
}

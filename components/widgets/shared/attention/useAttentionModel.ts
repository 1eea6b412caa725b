'use client';
import { useCallback, useEffect, useState } from 'react';
import type { AttentionModel } from '@/lib/compute/attentionInspect';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { useFashionMnist } from '@/components/widgets/shared/useFashionMnist';

type Compute = typeof import('@/lib/compute');

let bytes: Promise<Uint8Array> | null = null;
function modelBytes(): Promise<Uint8Array> {
  bytes ??= fetch(assetUrl('/models/attention-cnn.weights')).then(
    async (r) => {
      if (!r.ok) throw new Error(`the server answered ${r.status} for the model file.`);
      return new Uint8Array(await r.arrayBuffer());
    },
    (e: unknown) => {
      bytes = null;
      throw e;
    },
  );
  return bytes;
}

export type ModelStatus = { kind: 'loading' } | { kind: 'ready'; model: AttentionModel } | { kind: 'failed'; error: string };

/**
 * The attention lesson's trained network and the Fashion-MNIST test images, loaded once the
 * compute layer is (that is, once the widget scrolls near); the network is this widget's own
 * and is disposed when the widget unmounts.
 */
export function useAttentionModel(compute: Compute | null) {
  const data = useFashionMnist();
  const [status, setStatus] = useState<ModelStatus>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { load } = data;
  useEffect(() => {
    if (compute) load();
  }, [compute, load]);
  useEffect(() => {
    if (!compute) return;
    let model: AttentionModel | null = null;
    let cancelled = false;
    setStatus({ kind: 'loading' });
    modelBytes().then(
      (b) => {
        if (cancelled) return;
        try {
          model = compute.attention.loadAttentionModel(b);
          setStatus({ kind: 'ready', model });
        } catch (e) {
          setStatus({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
        }
      },
      (e: unknown) => !cancelled && setStatus({ kind: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
      model?.dispose();
    };
  }, [compute, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { model: status, data: data.status, retryData: load, retryModel: retry };
}

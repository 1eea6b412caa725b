'use client';
import { useCallback, useEffect, useState } from 'react';
import type { Network, WeightsHeader } from '@/lib/compute';
import { loadCompute } from '@/components/widgets/useCompute';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { useFashionMnist, type DataStatus, type FashionData } from '@/components/widgets/shared/useFashionMnist';

type Compute = typeof import('@/lib/compute');

export const MODEL_URL = '/models/fashion-cnn.weights';

export interface Lab {
  compute: Compute;
  /** The shared trained classifier: read-only for widgets (evaluateWith restores its weights). */
  network: Network;
  header: WeightsHeader;
  data: FashionData;
  backend: string;
}

export type LabStatus = { kind: 'idle' } | { kind: 'data'; data: DataStatus } | { kind: 'model' } | { kind: 'ready'; lab: Omit<Lab, 'data'> & { data: FashionData } } | { kind: 'failed'; error: string };

// One model per page: every compression widget looks at (a copy of) the same trained network.
let model: Promise<Omit<Lab, 'data'>> | null = null;

function loadModel(): Promise<Omit<Lab, 'data'>> {
  model ??= (async () => {
    const compute = await loadCompute();
    await compute.selectTrainingBackend(assetUrl('/tfjs-wasm/'));
    const response = await fetch(assetUrl(MODEL_URL));
    if (!response.ok) throw new Error(`The trained model could not be downloaded (HTTP ${response.status}).`);
    const { header, weights } = compute.decodeWeights(new Uint8Array(await response.arrayBuffer()));
    const network = compute.buildNetwork(header.spec, 0);
    network.setWeights(weights);
    return { compute, network, header, backend: compute.currentBackend() };
  })().catch((e: unknown) => {
    model = null;
    throw e;
  });
  return model;
}

/** The trained model and the Fashion-MNIST images, loaded when the reader asks (`load`). */
export function useTrainedModel() {
  const { status: data, load: loadData } = useFashionMnist();
  const [modelState, setModelState] = useState<{ kind: 'idle' | 'loading' } | { kind: 'ready'; model: Omit<Lab, 'data'> } | { kind: 'failed'; error: string }>({ kind: 'idle' });
  const load = useCallback(() => {
    loadData();
    setModelState({ kind: 'loading' });
    loadModel().then(
      (m) => setModelState({ kind: 'ready', model: m }),
      (e: unknown) => setModelState({ kind: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
  }, [loadData]);
  const [status, setStatus] = useState<LabStatus>({ kind: 'idle' });
  useEffect(() => {
    if (modelState.kind === 'failed') setStatus({ kind: 'failed', error: modelState.error });
    else if (data.kind === 'failed') setStatus({ kind: 'data', data });
    else if (data.kind === 'loading') setStatus({ kind: 'data', data });
    else if (modelState.kind === 'loading') setStatus({ kind: 'model' });
    else if (modelState.kind === 'ready' && data.kind === 'ready') setStatus({ kind: 'ready', lab: { ...modelState.model, data: data.data } });
    else setStatus({ kind: 'idle' });
  }, [data, modelState]);
  return { status, load, data };
}

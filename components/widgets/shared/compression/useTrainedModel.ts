'use client';
import { useCallback, useEffect, useState } from 'react';
import type { Network, WeightsHeader } from '@/lib/compute';
import { loadCompute } from '@/components/widgets/shared/frame/useCompute';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { loadFashionData, useFashionMnist, type DataStatus, type FashionData } from '@/components/widgets/shared/useFashionMnist';

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

export type LabStatus = { kind: 'idle' } | { kind: 'data'; data: DataStatus } | { kind: 'model' } | { kind: 'training'; done: number; total: number } | { kind: 'ready'; lab: Omit<Lab, 'data'> & { data: FashionData } } | { kind: 'failed'; error: string };

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

/** Marks a network the reader trained on this page (its figures differ from the lesson text's). */
export const TRAINED_HERE = 'trained in this page';
export const OWN_EPOCHS = 2;
const OWN_SEED = 2026;
type Progress = (done: number, total: number) => void;
const trainingListeners = new Set<Progress>();

/**
 * Trains the course network from scratch on this page (the same spec, optimiser and seed as
 * scripts/models/train-fashion-cnn.ts, fewer epochs) and makes it the page's model.
 */
function trainModel(): Promise<Omit<Lab, 'data'>> {
  model = (async () => {
    const [compute, data] = await Promise.all([loadCompute(), loadFashionData()]);
    await compute.selectTrainingBackend(assetUrl('/tfjs-wasm/'));
    const network = compute.buildNetwork(compute.FASHION_CNN, OWN_SEED);
    const total = OWN_EPOCHS * data.train.count;
    const trainer = compute.classifierTrainer({
      network, train: data.train, optimizer: { kind: 'adam', learningRate: 0.002 }, batchSize: 32, epochs: OWN_EPOCHS, seed: OWN_SEED,
      onBatch: (r) => trainingListeners.forEach((l) => l(r.seen, total)),
    });
    await trainer.start();
    trainer.dispose();
    const testAccuracy = compute.evaluate(network, data.test).accuracy;
    const header: WeightsHeader = { format: 'cnn-course-weights/1', spec: compute.FASHION_CNN, about: { script: TRAINED_HERE, epochs: OWN_EPOCHS, seed: OWN_SEED, testAccuracy }, entries: [] };
    return { compute, network, header, backend: compute.currentBackend() };
  })().catch((e: unknown) => {
    model = null;
    throw e;
  });
  return model;
}

/** The trained model and the Fashion-MNIST images, loaded when the reader asks (`load`), or trained here (`train`). */
export function useTrainedModel() {
  const { status: data, load: loadData } = useFashionMnist();
  const [modelState, setModelState] = useState<{ kind: 'idle' | 'loading' } | { kind: 'training'; done: number; total: number } | { kind: 'ready'; model: Omit<Lab, 'data'> } | { kind: 'failed'; error: string }>({ kind: 'idle' });
  const load = useCallback(() => {
    loadData();
    setModelState({ kind: 'loading' });
    loadModel().then(
      (m) => setModelState({ kind: 'ready', model: m }),
      (e: unknown) => setModelState({ kind: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
  }, [loadData]);
  const train = useCallback(() => {
    loadData();
    setModelState({ kind: 'training', done: 0, total: 1 });
    const onProgress: Progress = (done, total) => setModelState({ kind: 'training', done, total });
    trainingListeners.add(onProgress);
    trainModel()
      .then(
        (m) => setModelState({ kind: 'ready', model: m }),
        (e: unknown) => setModelState({ kind: 'failed', error: e instanceof Error ? e.message : String(e) }),
      )
      .finally(() => trainingListeners.delete(onProgress));
  }, [loadData]);
  const [status, setStatus] = useState<LabStatus>({ kind: 'idle' });
  useEffect(() => {
    if (modelState.kind === 'failed') setStatus({ kind: 'failed', error: modelState.error });
    else if (data.kind === 'failed') setStatus({ kind: 'data', data });
    else if (data.kind === 'loading') setStatus({ kind: 'data', data });
    else if (modelState.kind === 'loading') setStatus({ kind: 'model' });
    else if (modelState.kind === 'training') setStatus({ kind: 'training', done: modelState.done, total: modelState.total });
    else if (modelState.kind === 'ready' && data.kind === 'ready') setStatus({ kind: 'ready', lab: { ...modelState.model, data: data.data } });
    else setStatus({ kind: 'idle' });
  }, [data, modelState]);
  return { status, load, train, data };
}

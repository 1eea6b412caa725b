'use client';
/**
 * What the overview needs before it can draw: the compute layer's overview functions, the
 * network (the shipped trained classifier, or the sandbox's handed over in this browser). Both
 * load once the compute layer does, that is once the widget nears the screen; each widget owns
 * its network and disposes it when it goes. (The test images are the image sources' download.)
 */
import { useEffect, useState } from 'react';
import type { Network } from '@/lib/compute/training/network';
import { HANDOVER_KEY, readHandover } from '@/lib/sandbox/handover';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import { loadCompute } from '@/components/widgets/shared/frame/useCompute';

type Compute = typeof import('@/lib/compute');
export type Overview = typeof import('@/lib/compute/overview');
export type NetworkChoice = 'shipped' | 'sandbox';

export const MODEL_URL = '/models/fashion-cnn.weights';

let overviewModule: Promise<Overview> | null = null;
/** The overview functions (they use TensorFlow.js, so they load with the compute layer). */
export function loadOverview(): Promise<Overview> {
  overviewModule ??= loadCompute().then(() => import('@/lib/compute/overview'));
  return overviewModule;
}

let weights: Promise<Uint8Array> | null = null;
function shippedWeights(): Promise<Uint8Array> {
  weights ??= fetch(assetUrl(MODEL_URL)).then(
    async (r) => {
      if (!r.ok) throw new Error(`the server answered ${r.status} for the trained network.`);
      return new Uint8Array(await r.arrayBuffer());
    },
    (e: unknown) => {
      weights = null;
      throw e;
    },
  );
  return weights;
}

export type NetworkStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; network: Network; testAccuracy?: number }
  | { kind: 'missing' }
  | { kind: 'failed'; error: string };

const accuracyOf = (about: Record<string, unknown> | undefined) => (typeof about?.testAccuracy === 'number' ? about.testAccuracy : undefined);

async function buildShipped(compute: Compute): Promise<{ network: Network; testAccuracy?: number }> {
  const { header, weights: w } = compute.decodeWeights(await shippedWeights());
  const network = compute.buildNetwork(header.spec, 0);
  network.setWeights(w);
  return { network, testAccuracy: accuracyOf(header.about) };
}

function buildSandbox(compute: Compute): { network: Network; testAccuracy?: number } | { missing: true } | { error: string } {
  let stored = false;
  try {
    stored = window.localStorage.getItem(HANDOVER_KEY) !== null;
  } catch {
    // readHandover words a storage the page may not read
  }
  const handed = readHandover(window.localStorage);
  if (!handed.ok) return stored ? { error: handed.error } : { missing: true };
  const network = compute.buildNetwork(handed.spec, 0);
  try {
    network.setWeights(handed.weights);
  } catch (e) {
    network.dispose();
    throw e;
  }
  return { network, testAccuracy: accuracyOf(handed.about) };
}

/** The network to look inside, built once the compute layer is here; disposed on unmount. */
export function useOverviewNetwork(compute: Compute | null, choice: NetworkChoice, attempt: number): NetworkStatus {
  const [status, setStatus] = useState<NetworkStatus>({ kind: 'loading' });
  useEffect(() => {
    if (!compute) return;
    let cancelled = false;
    let built: Network | null = null;
    setStatus({ kind: 'loading' });
    const done = (r: { network: Network; testAccuracy?: number }) => {
      built = r.network;
      if (cancelled) r.network.dispose();
      else setStatus({ kind: 'ready', ...r });
    };
    const fail = (e: unknown) => !cancelled && setStatus({ kind: 'failed', error: e instanceof Error ? e.message : String(e) });
    if (choice === 'sandbox') {
      try {
        const r = buildSandbox(compute);
        if ('missing' in r) setStatus({ kind: 'missing' });
        else if ('error' in r) setStatus({ kind: 'failed', error: r.error });
        else done(r);
      } catch (e) {
        fail(e);
      }
    } else buildShipped(compute).then(done, fail);
    return () => {
      cancelled = true;
      built?.dispose();
    };
  }, [compute, choice, attempt]);
  return status;
}

/** The overview functions, once the compute layer has loaded. */
export function useOverviewModule(compute: Compute | null): { overview: Overview | null; error: string | null } {
  const [state, setState] = useState<{ overview: Overview | null; error: string | null }>({ overview: null, error: null });
  useEffect(() => {
    if (!compute) return;
    let cancelled = false;
    loadOverview().then(
      (overview) => !cancelled && setState({ overview, error: null }),
      (e: unknown) => !cancelled && setState({ overview: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => void (cancelled = true);
  }, [compute]);
  return state;
}

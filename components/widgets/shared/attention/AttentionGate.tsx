'use client';
import type { ReactNode } from 'react';
import type { AttentionModel } from '@/lib/compute/attentionInspect';
import type { FashionData } from '@/components/widgets/shared/useFashionMnist';
import { Alert, Button } from '@/components/ui';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import type { useAttentionModel } from './useAttentionModel';
import { S } from './strings';
import ui from '@/components/widgets/shared/widgetUi.module.css';

type Compute = typeof import('@/lib/compute');

interface Props {
  compute: Compute | null;
  /** The compute layer's own loading error, if any. */
  error: string | null;
  gate: ReturnType<typeof useAttentionModel>;
  /** A reason the loaded model cannot be shown, or null. */
  check?: (model: AttentionModel) => string | null;
  children: (compute: Compute, model: AttentionModel, data: FashionData) => ReactNode;
}

/** What both attention widgets show until the engine, the trained model and the images are ready. */
export function AttentionGate({ compute, error, gate: { model, data, retryData, retryModel }, check, children }: Props) {
  if (error) return <Alert>{error}</Alert>;
  if (model.kind === 'failed')
    return (
      <Alert>
        <p>{S.modelFailed} {model.error}</p>
        <Button onClick={retryModel}>{S.retry}</Button>
      </Alert>
    );
  if (data.kind === 'failed' || data.kind === 'loading') return <DataStatus status={data} onRetry={retryData} />;
  if (!compute || model.kind !== 'ready' || data.kind !== 'ready') return <p className={ui.loading}>{compute ? S.loadingModel : S.loadingEngine}</p>;
  const problem = check?.(model.model);
  if (problem) return <Alert>{problem}</Alert>;
  return <>{children(compute, model.model, data.data)}</>;
}

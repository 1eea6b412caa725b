'use client';
import { useRef, type ReactNode } from 'react';
import type { AttentionModel } from '@/lib/compute/attentionInspect';
import type { FashionData } from '@/components/widgets/shared/useFashionMnist';
import { Alert, Button } from '@/components/ui';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { useCompute } from '@/components/widgets/shared/frame/useCompute';
import { useAttentionModel } from './useAttentionModel';
import { S } from './strings';
import ui from '@/components/widgets/shared/widgetUi.module.css';

type Compute = typeof import('@/lib/compute');

interface Props {
  /** A reason the loaded model cannot be shown, or null. */
  check?: (model: AttentionModel) => string | null;
  children: (compute: Compute, model: AttentionModel, data: FashionData) => ReactNode;
}

/**
 * Both attention widgets' body: loads the engine when it scrolls near, then the trained model and
 * the images, and shows where that stands until `children` can draw.
 */
export function AttentionGate({ check, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { compute, error } = useCompute(ref);
  const gate = useAttentionModel(compute);
  return (
    <div ref={ref} className={ui.focusScope}>
      <Gated compute={compute} error={error} gate={gate} check={check}>
        {children}
      </Gated>
    </div>
  );
}

function Gated({ compute, error, gate: { model, data, retryData, retryModel }, check, children }: Props & { compute: Compute | null; error: string | null; gate: ReturnType<typeof useAttentionModel> }) {
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

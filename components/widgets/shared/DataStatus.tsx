'use client';
import type { DataStatus as Status } from './useFashionMnist';
import ui from './widgetUi.module.css';

const strings = {
  loading: (kb: number, total: number) => `Downloading Fashion-MNIST images: ${kb.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} KB`,
  starting: 'Downloading Fashion-MNIST images…',
  failed: 'The images could not be loaded.',
  retry: 'Try again',
  progressLabel: 'Download progress',
};

/** Progress while the images download; the reason and a retry button if it failed. Nothing once ready. */
export function DataStatus({ status, onRetry }: { status: Status; onRetry: () => void }) {
  if (status.kind === 'loading') {
    const { loaded, total } = status.progress;
    return (
      <div role="status">
        <p className={ui.loading}>{total ? strings.loading(Math.round(loaded / 1024), Math.round(total / 1024)) : strings.starting}</p>
        <progress aria-label={strings.progressLabel} max={total || 1} value={total ? loaded : undefined} style={{ width: '100%' }} />
      </div>
    );
  }
  if (status.kind === 'failed') {
    return (
      <div role="alert" className={ui.alert}>
        <p>
          {strings.failed} {status.error}
        </p>
        <button type="button" onClick={onRetry}>
          {strings.retry}
        </button>
      </div>
    );
  }
  return null;
}

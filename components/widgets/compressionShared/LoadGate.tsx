'use client';
import type { ReactNode } from 'react';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import type { Lab, LabStatus } from './useTrainedModel';
import { S } from './strings';
import ui from '../shared/widgetUi.module.css';
import styles from './compression.module.css';

interface Props {
  status: LabStatus;
  load: () => void;
  /** What the widget will do once loaded, in one line. */
  note: string;
  children: (lab: Lab) => ReactNode;
}

/** Nothing heavy loads before the reader asks: a button, then progress, then the widget body. */
export function LoadGate({ status, load, note, children }: Props) {
  if (status.kind === 'ready') return <>{children(status.lab)}</>;
  return (
    <div className={`${ui.panel} ${styles.gate}`}>
      <p className={styles.note}>{note}</p>
      {status.kind === 'idle' ? (
        <button type="button" className={styles.button} onClick={load} data-part="load">
          {S.loadButton}
        </button>
      ) : null}
      {status.kind === 'data' ? <DataStatus status={status.data} onRetry={load} /> : null}
      {status.kind === 'model' ? (
        <p role="status" className={ui.loading}>
          {S.loadingModel}
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <div role="alert" className={ui.alert}>
          <p>
            {S.modelFailed} {status.error}
          </p>
          <button type="button" className={styles.button} onClick={load}>
            {S.retry}
          </button>
        </div>
      ) : null}
    </div>
  );
}

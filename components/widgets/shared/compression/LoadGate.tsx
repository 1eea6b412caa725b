'use client';
import type { ReactNode } from 'react';
import { Alert, Button } from '@/components/ui';
import { DataStatus } from '@/components/widgets/shared/DataStatus';
import { OWN_EPOCHS, TRAINED_HERE, useTrainedModel, type Lab } from './useTrainedModel';
import { S } from './strings';
import ui from '../widgetUi.module.css';
import styles from './compression.module.css';

interface Props {
  /** What the widget will do once loaded, in one line. */
  note: string;
  children: (lab: Lab) => ReactNode;
}

/**
 * The compression widgets' body: nothing heavy loads before the reader asks (download the trained
 * network, or train it on the page), then progress, then `children` with the loaded lab.
 */
export function LoadGate({ note, children }: Props) {
  const { status, load, train } = useTrainedModel();
  if (status.kind === 'ready') {
    const about = status.lab.header.about;
    return (
      <>
        {about.script === TRAINED_HERE && (
          <p className={styles.note} data-part="trained-here">
            {S.trainedHere(S.percent(Number(about.testAccuracy)))}
          </p>
        )}
        {children(status.lab)}
      </>
    );
  }
  return (
    <div className={`${ui.panel} ${styles.gate}`}>
      <p className={styles.note}>{note}</p>
      {status.kind === 'idle' ? (
        <div className={styles.gateButtons}>
          <Button variant="primary" onClick={load} data-part="load">
            {S.loadButton}
          </Button>
          <Button onClick={train} data-part="train-here">
            {S.trainButton(OWN_EPOCHS)}
          </Button>
        </div>
      ) : null}
      {status.kind === 'training' ? (
        <div role="status">
          <p className={ui.loading}>{S.training(status.done, status.total)}</p>
          <progress aria-label={S.trainingLabel} max={status.total} value={status.done} style={{ width: '100%' }} />
        </div>
      ) : null}
      {status.kind === 'data' ? <DataStatus status={status.data} onRetry={load} /> : null}
      {status.kind === 'model' ? (
        <p role="status" className={ui.loading}>
          {S.loadingModel}
        </p>
      ) : null}
      {status.kind === 'failed' ? (
        <Alert>
          <p>
            {S.modelFailed} {status.error}
          </p>
          <Button onClick={load}>{S.retry}</Button>
        </Alert>
      ) : null}
    </div>
  );
}

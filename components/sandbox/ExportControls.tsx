'use client';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui';
import { assetUrl } from '@/components/widgets/shared/assetUrl';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import type { NetworkSpec } from '@/lib/compute/training/spec';
import { kerasCode, kerasWeights, pytorchCode, pytorchStateDict, weightsJson } from '@/lib/sandbox/export';
import { saveHandover } from '@/lib/sandbox/handover';
import { downloadText } from './download';
import { S } from './strings';
import css from './Sandbox.module.css';
import styles from './ExportControls.module.css';

interface Props {
  /** The network as the table shows it now (null while a block does not fit). */
  spec: NetworkSpec | null;
  /** The trained network's weights when it is the network the table shows, else null. */
  weights: (() => Map<string, Float32Array> | null) | null;
  /** Why there are no weights to export: not trained yet, or changed since. */
  noWeights: string;
  accuracy: number | null;
}

/** PyTorch and Keras code for the network, its trained weights for each, and "Look inside". */
export function ExportControls({ spec, weights, noWeights, accuracy }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const torch = useMemo(() => (spec ? pytorchCode(spec) : null), [spec]);
  const keras = useMemo(() => (spec ? kerasCode(spec) : null), [spec]);
  const about = { source: 'CNN Course sandbox', ...(accuracy !== null ? { testAccuracy: Number(accuracy.toFixed(4)) } : {}) };
  const save = (name: string, text: string, type: string) => {
    downloadText(name, text, type);
    setMessage({ text: S.saved(name), error: false });
  };
  const withWeights = (act: (w: Map<string, Float32Array>, s: NetworkSpec) => void) => () => {
    const w = weights?.();
    if (!w || !spec) return setMessage({ text: noWeights, error: true });
    try {
      act(w, spec);
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  };
  const lookInside = withWeights((w, s) => {
    const error = saveHandover(window.localStorage, s, w, about);
    if (error) return setMessage({ text: error, error: true });
    window.location.assign(assetUrl('/inside/'));
  });
  return (
    <div className={styles.export} role="group" aria-labelledby="sandbox-export">
      <h3 id="sandbox-export" className={ui.heading}>
        {S.exportHeading}
      </h3>
      <p className={css.note}>{S.exportIntro}</p>
      <div className={styles.buttons}>
        <Button onClick={lookInside} title={S.lookInsideHint} data-testid="look-inside">
          {S.lookInside}
        </Button>
        <Button disabled={!torch?.ok} onClick={() => torch?.ok && save('course_net_pytorch.py', torch.code, 'text/x-python')}>
          {S.pytorchCode}
        </Button>
        <Button disabled={!keras?.ok} onClick={() => keras?.ok && save('course_net_keras.py', keras.code, 'text/x-python')}>
          {S.kerasCode}
        </Button>
        <Button onClick={withWeights((w, s) => save('course_net_pytorch_weights.json', weightsJson('cnn-course-pytorch-weights/1', about, pytorchStateDict(s, w)), 'application/json'))}>
          {S.pytorchWeights}
        </Button>
        <Button onClick={withWeights((w, s) => save('course_net_keras_weights.json', weightsJson('cnn-course-keras-weights/1', about, kerasWeights(s, w)), 'application/json'))}>
          {S.kerasWeights}
        </Button>
      </div>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? ui.alert : css.statusLine} data-testid="export-message">
        {message?.text ?? ''}
      </p>
      {torch?.ok && (
        <details className={styles.code}>
          <summary>{S.showCode}</summary>
          <pre tabIndex={0} aria-label={S.pytorchCode} data-testid="pytorch-code">
            <code>{torch.code}</code>
          </pre>
        </details>
      )}
    </div>
  );
}

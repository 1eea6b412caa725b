'use client';
import { useRef, useState, type ChangeEvent } from 'react';
import { Alert, Button } from '@/components/ui';
import { progressStore } from '@/lib/store/progress';
import { PROGRESS_VERSION, exportProgress, importProgress } from '@/lib/store/progressSchema';
import { useProgress } from '@/components/course/useProgress';
import { progressStrings as t } from '@/components/course/strings';
import styles from './Review.module.css';

const MAX_FILE = 2 * 1024 * 1024;

/** Export the reader's progress to a file, import one from another device, or reset it all. */
export function ProgressTools() {
  const hydrated = useProgress((s) => s.hydrated);
  const answers = useProgress((s) => Object.keys(s.quizzes).length);
  const reads = useProgress((s) => Object.keys(s.lessonsRead).length);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const download = () => {
    const { lessonsRead, quizzes, seed } = progressStore.getState();
    const blob = new Blob([exportProgress({ lessonsRead, quizzes, seed })], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `cnn-course-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const load = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE) {
      setMessage({ kind: 'error', text: t.importTooBig });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: `${t.importReadFailed} ${t.nothingChanged}` });
      return;
    }
    const result = importProgress(text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${result.error} ${t.nothingChanged}` });
      return;
    }
    const done = t.importDone(Object.keys(result.progress.quizzes).length, result.from, PROGRESS_VERSION);
    progressStore.getState().importMerged(result.progress);
    setMessage({ kind: 'ok', text: done });
  };

  return (
    <section className={styles.tools} aria-labelledby="progress-tools">
      <h2 id="progress-tools">{t.toolsTitle}</h2>
      <div className={styles.toolRow}>
        <Button onClick={download} disabled={!hydrated}>
          {t.exportButton}
        </Button>
        <label className={styles.fileLabel}>
          <span>{t.importLabel}</span>
          <input ref={fileRef} type="file" accept="application/json,.json" onChange={load} disabled={!hydrated} />
        </label>
      </div>
      <div role="status" aria-live="polite" data-tools-message>
        {message?.kind === 'ok' ? <p className={styles.ok}>{message.text}</p> : null}
        {message?.kind === 'error' ? <Alert>{message.text}</Alert> : null}
      </div>
      <div className={styles.toolRow}>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="reset-question" className={styles.confirm}>
            <p id="reset-question">{t.resetConfirm(answers, reads)}</p>
            <Button
              className={styles.danger}
              onClick={() => {
                progressStore.getState().resetAll();
                setConfirming(false);
                setMessage({ kind: 'ok', text: t.resetDone });
              }}
            >
              {t.resetYes}
            </Button>{' '}
            <Button autoFocus onClick={() => setConfirming(false)}>
              {t.resetNo}
            </Button>
          </div>
        ) : (
          <Button onClick={() => setConfirming(true)} disabled={!hydrated}>
            {t.resetButton}
          </Button>
        )}
      </div>
    </section>
  );
}

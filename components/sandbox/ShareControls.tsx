'use client';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui';
import ui from '@/components/widgets/shared/widgetUi.module.css';
import { exportFile, importFile, stateUrl, type SandboxState } from '@/lib/sandbox';
import { S } from './strings';
import { downloadText } from './download';
import css from './Sandbox.module.css';
import styles from './ShareControls.module.css';

/** Copy link, export and import: the state leaves and enters the page only through lib/sandbox's checks. */
export function ShareControls({ state, blocker, onLoad }: { state: SandboxState; blocker: string | null; onLoad: (s: SandboxState) => void }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const copy = async () => {
    if (blocker) return setMessage({ text: S.cannotShare(blocker), error: true });
    const url = stateUrl(window.location.href, state);
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ text: S.linkCopied, error: false });
    } catch {
      setMessage({ text: S.linkInAddressBar, error: false });
    }
  };
  const save = () => {
    if (blocker) return setMessage({ text: S.cannotShare(blocker), error: true });
    downloadText('sandbox-network.json', exportFile(state), 'application/json');
    setMessage({ text: S.exported, error: false });
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    const parsed = importFile(await file.text());
    if (parsed.ok) {
      onLoad(parsed.value);
      setMessage({ text: S.imported(file.name), error: false });
    } else setMessage({ text: parsed.error, error: true });
    if (fileRef.current) fileRef.current.value = '';
  };
  return (
    <div className={css.share} role="group" aria-label={S.shareLegend}>
      <div className={css.shareButtons}>
        <Button onClick={copy}>{S.copyLink}</Button>
        <Button onClick={save}>{S.exportFile}</Button>
        <label className={styles.fileLabel}>
          <span>{S.importFile}</span>
          <input ref={fileRef} type="file" accept=".json,application/json" aria-label={S.importLabel} onChange={(e) => void open(e.target.files?.[0])} />
        </label>
      </div>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? ui.alert : css.statusLine} data-testid="share-message">
        {message?.text ?? ''}
      </p>
    </div>
  );
}

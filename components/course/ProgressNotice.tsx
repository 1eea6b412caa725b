'use client';
import { useProgress } from './useProgress';
import { progressStore } from '@/lib/store/progress';

/** Tells the reader when saved progress had to be reset or could not be saved. */
export function ProgressNotice() {
  const notice = useProgress((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="progress-notice" role="alert">
      <p>{notice}</p>
      <button type="button" onClick={() => progressStore.getState().dismissNotice()}>
        Dismiss
      </button>
    </div>
  );
}

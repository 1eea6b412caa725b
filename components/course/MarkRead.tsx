'use client';
import { useProgress } from './useProgress';
import { progressStore } from '@/lib/store/progress';

/** At the end of a lesson: the reader marks it read (or unread again) for the course map. */
export function MarkRead({ slug }: { slug: string }) {
  const read = useProgress((s) => slug in s.lessonsRead);
  const hydrated = useProgress((s) => s.hydrated);
  return (
    <div className="mark-read">
      <button type="button" aria-pressed={read} disabled={!hydrated} onClick={() => progressStore.getState().markRead(slug, !read)}>
        {read ? 'Lesson read ✓' : 'Mark lesson as read'}
      </button>
    </div>
  );
}

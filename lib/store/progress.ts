/**
 * The reader's progress (lessons read, quiz answers), kept in localStorage across visits.
 * Loading goes through progressSchema: old data is migrated, damaged data is reset and the
 * reader is told (`notice`), never silently dropped.
 */
import { createStore } from 'zustand/vanilla';
import {
  PROGRESS_KEY,
  emptyProgress,
  loadProgress,
  mergeProgress,
  serializeProgress,
  type Progress,
  type QuizRecord,
} from './progressSchema';

export interface ProgressState extends Progress {
  hydrated: boolean;
  notice: string | null;
  hydrate: () => void;
  markRead: (slug: string, read: boolean) => void;
  /** Saves a checked answer; attempts count up from the saved record. */
  recordQuiz: (id: string, record: Omit<QuizRecord, 'attempts'>) => void;
  /** Merges progress read from an exported file (see importProgress and mergeProgress). */
  importMerged: (incoming: Progress) => void;
  clearQuiz: (id: string) => void;
  dismissNotice: () => void;
  resetAll: () => void;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export const progressStore = createStore<ProgressState>((set, get) => {
  const save = () => {
    const { lessonsRead, quizzes, seed } = get();
    try {
      storage()?.setItem(PROGRESS_KEY, serializeProgress({ lessonsRead, quizzes, seed }));
    } catch {
      set({ notice: 'Your browser refused to save progress (storage full or disabled); it will last only until you close this tab.' });
    }
  };
  return {
    ...emptyProgress(),
    hydrated: false,
    notice: null,
    hydrate: () => {
      if (get().hydrated) return;
      const store = storage();
      const result = loadProgress(store?.getItem(PROGRESS_KEY) ?? null);
      switch (result.kind) {
        case 'empty':
          // Keep the new seed at once, so a parameterised question shows the same numbers after a reload.
          set({ hydrated: true });
          save();
          break;
        case 'ok':
          set({ ...result.progress, hydrated: true });
          break;
        case 'migrated':
          set({ ...result.progress, hydrated: true });
          save();
          break;
        case 'reset': {
          const raw = store?.getItem(PROGRESS_KEY);
          // Keep the unreadable value aside so it can still be recovered by hand.
          if (raw) store?.setItem(`${PROGRESS_KEY}.damaged`, raw);
          store?.removeItem(PROGRESS_KEY);
          set({
            ...emptyProgress(),
            hydrated: true,
            notice: `Your saved progress was reset because ${result.reason}. A copy of the old data is kept in this browser under "${PROGRESS_KEY}.damaged".`,
          });
        }
      }
    },
    markRead: (slug, read) => {
      const lessonsRead = { ...get().lessonsRead };
      if (read) lessonsRead[slug] = Date.now();
      else delete lessonsRead[slug];
      set({ lessonsRead });
      save();
    },
    recordQuiz: (id, record) => {
      const attempts = (get().quizzes[id]?.attempts ?? 0) + 1;
      set({ quizzes: { ...get().quizzes, [id]: { ...record, attempts } } });
      save();
    },
    importMerged: (incoming) => {
      const { lessonsRead, quizzes, seed } = get();
      set(mergeProgress({ lessonsRead, quizzes, seed }, incoming));
      save();
    },
    clearQuiz: (id) => {
      const quizzes = { ...get().quizzes };
      delete quizzes[id];
      set({ quizzes });
      save();
    },
    dismissNotice: () => set({ notice: null }),
    resetAll: () => {
      // The seed stays: the reader's numbers in parameterised questions do not change.
      set({ ...emptyProgress(get().seed), notice: null });
      save();
    },
  };
});

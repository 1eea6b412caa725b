/** The words of progress: lesson status, the course total, the review page and its tools. */
export const progressStrings = {
  read: 'Read',
  notRead: 'Not read yet',
  rightOf: (right: number, total: number) => `${right} of ${total} questions right`,
  complete: 'complete',
  checkLabel: (total: number) => `all ${total} questions right`,
  partialLabel: (right: number, total: number) => `${right} of ${total} questions right`,
  courseSummary: (right: number, total: number, complete: number, lessons: number) =>
    `${right} of ${total} questions right; ${complete} of ${lessons} lessons complete.`,
  reviewLink: 'Review your answers',
  reviewTitle: 'Review your progress',
  reviewIntro:
    'Every question and challenge of the course, lesson by lesson. Missed ones link back to where they are asked. Your progress is kept in this browser; export it to carry it to another device.',
  showMissed: 'Missed and unanswered',
  showAll: 'All questions',
  filterLabel: 'Show',
  nothingMissed: 'Nothing missed here.',
  statusRight: 'right',
  statusWrong: (attempts: number) => `missed (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`,
  statusOpen: 'not answered yet',
  kind: {
    choice: 'choice',
    multi: 'multiple choice',
    numeric: 'numeric',
    order: 'ordering',
    parameterised: 'your own numbers',
    challenge: 'widget challenge',
  } as Record<string, string>,
  toolsTitle: 'Keep or move your progress',
  exportButton: 'Export progress (JSON)',
  importLabel: 'Import a progress file',
  importDone: (n: number, from: number, current: number) =>
    `Imported ${n} ${n === 1 ? 'answer' : 'answers'}${from < current ? ` (the file was from an older version, ${from}, and was brought up to date)` : ''}. Answers from both devices were merged; the newer answer to each question was kept.`,
  importReadFailed: 'The file could not be read.',
  importTooBig: 'This file is too large to be a progress file (over 2 MB); nothing was changed.',
  nothingChanged: 'Nothing was changed.',
  resetButton: 'Reset all progress…',
  resetConfirm: (answers: number, read: number) =>
    `Delete ${answers} saved ${answers === 1 ? 'answer' : 'answers'} and ${read} read ${read === 1 ? 'mark' : 'marks'}? This cannot be undone (export first to keep a copy).`,
  resetYes: 'Yes, reset everything',
  resetNo: 'Cancel',
  resetDone: 'All progress was reset.',
};
